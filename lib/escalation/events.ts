// Realtime events of the escalation policy, typed once for the server and the browser.
export const OFFER_CHANGED = "offer:changed";

/**
 * To the backup consulate's rooms: a case was offered to it, or the offer was
 * taken or withdrawn. It names no person and places none: the panel reads the
 * offers again through the scope.
 */
export type OfferNotice = { offerId: string; caseId: string; caseNumber: string; fromConsulateCode: string; status: "OPEN" | "TAKEN" | "WITHDRAWN" };
