// The origin consulate took a case it had offered: the database withdraws the
// offer with the take (migration 20261215000300_escalation_timers); this
// tells the backup consulate's screens, after the commit, so its panel drops it.
import "server-only";
import type { Tx } from "@/lib/server/db";
import { publishToConsulate } from "@/lib/cases/publish";
import { OFFER_CHANGED } from "./events";

/** Read before the take: the case's open offer, if any, and a sender for after the commit. */
export const offerToWithdraw = async (tx: Tx, { caseId, caseNumber, fromConsulateCode }: { caseId: string; caseNumber: string; fromConsulateCode: string }) => {
  const offer = await tx.caseOffer.findFirst({
    where: { caseId, status: "OPEN" },
    select: { id: true, toConsulate: { select: { id: true, regionId: true } } },
  });
  if (!offer) return null;
  return () =>
    publishToConsulate({ consulateId: offer.toConsulate.id, regionId: offer.toConsulate.regionId }, OFFER_CHANGED, {
      offerId: offer.id,
      caseId,
      caseNumber,
      fromConsulateCode,
      status: "WITHDRAWN",
    });
};
