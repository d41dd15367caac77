"use client";
import { useState } from "react";
import { request } from "@/lib/client/request";
import type { CaseSummary } from "@/lib/cases/events";
import { useT } from "@/lib/i18n/client";

/** Takes an offered case (POST /api/v1/offers/:id/take), saying what happened. */
export const useTakeOffer = () => {
  const { t } = useT();
  const [pending, setPending] = useState<string | null>(null);
  const [said, setSaid] = useState<{ text: string; caseId: string | null; failed: boolean } | null>(null);

  const take = async (offer: { id: string; caseId: string; caseNumber: string }) => {
    setPending(offer.id);
    const result = await request<{ case: CaseSummary }>("POST", `/api/v1/offers/${offer.id}/take`, { body: {} });
    setPending(null);
    if (result.ok) {
      setSaid({ text: t("escalation.offers.taken", { number: offer.caseNumber }), caseId: offer.caseId, failed: false });
      return true;
    }
    const closed = result.failure.kind === "not_found" || result.failure.kind === "conflict";
    setSaid({ text: t(closed ? "escalation.offers.closed" : "escalation.offers.failed"), caseId: null, failed: true });
    return false;
  };

  return { take, pending, said };
};
