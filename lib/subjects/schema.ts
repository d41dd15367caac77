// A subject's view (issue 15, part 5): the search, the purpose every read and
// export states, and a correction of the person's fields. Formats are the
// intake's (lib/alerts/schema.ts), so a corrected value is one the relay could
// have sent; the A-number is written as the legal record writes it.
import { z } from "zod";
import { CURP, PHONE } from "@/lib/alerts/schema";
import { normalizeANumber } from "@/lib/legal-aid/a-number";
import { dateOnly, dateTime, text } from "@/lib/server/http/input";

export const PURPOSES = ["records_request", "correction", "legal_proceedings", "audit", "other"] as const;
export type Purpose = (typeof PURPOSES)[number];

export const SUBJECT_SEARCH_MAX = 100;

/** Why someone opens or exports a person's record: a reason from the list and a few words (both required). */
export const purposeSchema = z.object({
  purpose: z.enum(PURPOSES, { message: `must be one of ${PURPOSES.join(", ")}` }),
  purposeText: text({ max: 500, trim: true }).min(3, "must say in a few words why (at least 3 characters)"),
});
export type StatedPurpose = z.output<typeof purposeSchema>;

const pick = (params: URLSearchParams, keys: readonly string[]) =>
  Object.fromEntries(keys.map((key) => [key, params.get(key) ?? undefined]).filter(([, value]) => value !== undefined));

/** GET /api/v1/subjects/:id and its export: the purpose in the query. */
export const purposeQuerySchema = z.preprocess((params: URLSearchParams) => pick(params, ["purpose", "purposeText"]), purposeSchema);

/** GET /api/v1/subjects: whole words of a name, a phone, a CURP or an A-number. */
export const subjectSearchSchema = z.object({ q: text({ max: SUBJECT_SEARCH_MAX, trim: true }).min(1, "must not be empty") });
export const subjectSearchQuerySchema = z.preprocess((params: URLSearchParams) => pick(params, ["q"]), subjectSearchSchema);

export { CORRECTABLE_FIELDS, type CorrectableField } from "./fields";

const aNumber = z
  .string()
  .transform((value, ctx) => {
    const result = normalizeANumber(value);
    if (result.ok) return result.value;
    ctx.addIssue({ code: "custom", message: result.reason === "zero" ? "must not be all zeros" : "must be an A-number: A and 8 or 9 digits" });
    return z.NEVER;
  });

/** Each field's new value; null empties it (a name cannot be emptied: purging is retention's, not a correction). */
export const correctionChangesSchema = z
  .object({
    fullName: text({ max: 200, trim: true }).min(1, "must not be empty"),
    birthDate: dateOnly({ from: 1900, to: null, message: "must be a date (YYYY-MM-DD)" }).nullable(),
    phone: z.string().regex(PHONE, "must be an E.164 phone number such as +13235550147").nullable(),
    curp: z
      .string()
      .transform((value) => value.trim().toUpperCase())
      .pipe(z.string().regex(CURP, "must be an 18-character CURP"))
      .nullable(),
    consularIdNumber: text({ max: 64, trim: true }).min(1, "must not be empty").nullable(),
    aNumber: aNumber.nullable(),
  })
  .partial()
  .strict()
  .refine((changes) => Object.keys(changes).length > 0, "must correct at least one field");

export const correctionSchema = z.object({
  /** The person's updatedAt as the screen read it: a change since is a 409. */
  version: dateTime({ from: 2000, to: null, message: "must be the record's version as read (an RFC 3339 date-time)" }),
  reason: text({ max: 1000, trim: true }).min(3, "must say why (at least 3 characters)"),
  changes: correctionChangesSchema,
});
export type CorrectionInput = z.output<typeof correctionSchema>;
