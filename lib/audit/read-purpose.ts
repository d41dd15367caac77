// Why someone reads what a screen asks a reason for (the reports' case
// export today; a subject's records request later): one schema for the form,
// the route's query and the audit row.
import { z } from "zod";

export const READ_PURPOSE_REASONS = ["monthly_report", "records_request", "legal_proceedings", "audit", "other"] as const;

export type ReadPurposeReason = (typeof READ_PURPOSE_REASONS)[number];

export const PURPOSE_NOTE_MAX = 300;

/** A reason from the list and free text; "other" needs the text to say what it is. */
export const readPurposeSchema = z
  .object({
    reason: z.enum(READ_PURPOSE_REASONS),
    note: z.string().trim().max(PURPOSE_NOTE_MAX).optional(),
  })
  .refine((p) => p.reason !== "other" || (p.note?.length ?? 0) > 0, { message: "say what the other purpose is", path: ["note"] })
  .transform(({ reason, note }) => (note ? { reason, note } : { reason }));

export type ReadPurpose = z.output<typeof readPurposeSchema>;

/** The purpose as two query parameters (`purpose`, `purposeNote`), required: parsed from URLSearchParams. */
export const purposeFromParams = (params: URLSearchParams) => ({
  reason: params.get("purpose") ?? undefined,
  note: params.get("purposeNote") ?? undefined,
});
