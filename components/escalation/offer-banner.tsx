"use client";
import { useRouter } from "next/navigation";
import { useT } from "@/lib/i18n/client";
import { useTakeOffer } from "./use-take-offer";

type OfferBannerProps = { offer: { id: string; caseId: string; caseNumber: string }; fromConsulateCode: string; canTake: boolean };

/** On the page of a case offered to the reader's consulate: whose it is, and the take. */
export const OfferBanner = ({ offer, fromConsulateCode, canTake }: OfferBannerProps) => {
  const { t } = useT();
  const router = useRouter();
  const { take, pending, said } = useTakeOffer();
  return (
    <section className="panel offer-banner" data-testid="offer-banner">
      <p>{t("escalation.offer.banner", { code: fromConsulateCode })}</p>
      {canTake && (
        <button
          type="button"
          className="button"
          disabled={pending !== null}
          aria-label={t("escalation.offers.takeLabel", { number: offer.caseNumber })}
          onClick={async () => {
            if (await take(offer)) router.refresh();
          }}
        >
          {pending ? t("escalation.offers.busy") : t("escalation.offers.take")}
        </button>
      )}
      <p className={said?.failed ? "form__error" : "work-status"} role="status">
        {said?.text}
      </p>
    </section>
  );
};
