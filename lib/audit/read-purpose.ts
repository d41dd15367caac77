// Why someone reads what a screen asks a reason for (the reports' case
// export today; a subject's records request later): one definition for the
// form, the route's query and the audit row. In a URL it is two parameters,
// `purpose` (a reason from the list) and `purposeNote` (free text, required
// for "other").
import { z } from "zod";
import { text } from "@/lib/server/http/input";

export const READ_PURPOSE_REASONS = ["monthly_report", "records_request", "legal_proceedings", "audit", "other"] as const;

export type ReadPurposeReason = (typeof READ_PURPOSE_REASONS)[number];

export const PURPOSE_NOTE_MAX = 300;

/** The two query fields, to extend a route's query object with. */
export const purposeFields = {
  purpose: z.enum(READ_PURPOSE_REASONS),
  purposeNote: text({ max: PURPOSE_NOTE_MAX, trim: true }).optional(),
};

/** What the audit row keeps: { reason, note? }. */
export type ReadPurpose = { reason: ReadPurposeReason; note?: string };

type PurposeInput = { purpose: ReadPurposeReason; purposeNote?: string };

/** "other" says what it is: a refinement for an object holding purposeFields. */
export const refineOtherPurpose = (value: PurposeInput, context: z.RefinementCtx) => {
  if (value.purpose === "other" && !value.purposeNote) context.addIssue({ code: "custom", path: ["purposeNote"], message: "say what the other purpose is" });
};

export const toReadPurpose = ({ purpose, purposeNote }: PurposeInput): ReadPurpose =>
  purposeNote ? { reason: purpose, note: purposeNote } : { reason: purpose };

/** The two parameters picked out of a URL, for a preprocess. */
export const purposeParams = (params: URLSearchParams) => ({
  purpose: params.get("purpose") || undefined,
  purposeNote: params.get("purposeNote") || undefined,
});
