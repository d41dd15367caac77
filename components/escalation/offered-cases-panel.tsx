"use client";
import Link from "next/link";
import { useState } from "react";
import { PriorityBadge } from "@/components/ui/priority-badge";
import { request } from "@/lib/client/request";
import { useLiveSocket } from "@/lib/client/use-live-socket";
import { OFFER_CHANGED } from "@/lib/escalation/events";
import type { OfferedCase } from "@/lib/escalation/types";
import { useT } from "@/lib/i18n/client";
import { formatDateTime } from "@/lib/i18n/format";
import { useTakeOffer } from "./use-take-offer";

type OfferedCasesPanelProps = { initial: OfferedCase[]; timeZone: string; canTake: boolean };

/**
 * Cases another consulate's escalation offered to this one: compact, above
 * the queue, kept live. The queue itself stays this consulate's; an offered
 * case opens on its page and is taken from here or there.
 */
export const OfferedCasesPanel = ({ initial, timeZone, canTake }: OfferedCasesPanelProps) => {
  const { t, locale } = useT();
  const [offers, setOffers] = useState(initial);
  const { take, pending, said } = useTakeOffer();

  const reload = async () => {
    const result = await request<{ offers: OfferedCase[] }>("GET", "/api/v1/offers");
    if (result.ok) setOffers(result.data.offers);
  };

  useLiveSocket({
    onConnect: (_socket, reconnected) => {
      if (reconnected) void reload();
    },
    listen: (on) => on(OFFER_CHANGED, () => void reload()),
  });

  if (offers.length === 0 && !said) return null;
  return (
    <section className="panel offers" aria-labelledby="offers-heading" data-testid="offered-cases">
      <h2 id="offers-heading" className="panel__title">
        {t("escalation.offers.title", { count: offers.length })}
      </h2>
      <p className={said?.failed ? "form__error" : "work-status"} role="status">
        {said?.text}{" "}
        {said?.caseId && (
          <Link href={`/cases/${said.caseId}`} prefetch={false}>
            {t("escalation.offers.open")}
          </Link>
        )}
      </p>
      <ul className="offers__list">
        {offers.map((offer) => (
          <li key={offer.id} className="offers__item" data-testid="offered-case" data-case-number={offer.caseNumber}>
            <strong>{offer.caseNumber}</strong>
            <PriorityBadge priority={offer.priority} />
            {offer.duress && <span className="flag flag--duress">{t("escalation.offers.duress")}</span>}
            <span>{t("escalation.offers.from", { code: offer.fromConsulate.code, name: offer.fromConsulate.name })}</span>
            <time className="offers__when" dateTime={offer.offeredAt}>
              {t("escalation.offers.offeredAt", { time: formatDateTime(offer.offeredAt, { locale, timeZone }) })}
            </time>
            <Link href={`/cases/${offer.caseId}`} prefetch={false} className="button button--quiet button--small">
              {t("escalation.offers.open")}
            </Link>
            {canTake && (
              <button
                type="button"
                className="button button--small"
                disabled={pending !== null}
                aria-label={t("escalation.offers.takeLabel", { number: offer.caseNumber })}
                onClick={async () => {
                  await take(offer);
                  void reload();
                }}
              >
                {pending === offer.id ? t("escalation.offers.busy") : t("escalation.offers.take")}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
};
