// Bodies and queries of the legal-aid API: shared by the routes, the pages and the forms.
import { z } from "zod";
import { rawFilterParams, type RawParams } from "@/lib/cases/filters";
import { queueFilterSchema } from "@/lib/cases/schema";
import { BondStatus, CustodyStatus, HearingResult, HearingType } from "@/lib/generated/prisma/enums";
import { dateOnly, dateTime, month, text as storableText, version as versionOf } from "@/lib/server/http/input";
import { normalizeANumber } from "./a-number";
import type { LegalQueueFilter } from "./filters";

const version = versionOf({ min: 0 });
const text = (max: number) => storableText({ trim: true, max });
const optionalText = (max: number) =>
  text(max)
    .transform((v) => (v === "" ? null : v))
    .nullable()
    .optional();

export const DOCUMENT_KINDS = [
  "PASSPORT",
  "BIRTH_CERTIFICATE",
  "CONSULAR_ID",
  "NOTICE_TO_APPEAR",
  "G28_NOTICE_OF_APPEARANCE",
  "BOND_PAPERS",
  "PROOF_OF_RESIDENCE",
  "FAMILY_TIES_EVIDENCE",
] as const;
export const DOCUMENT_STATES = ["MISSING", "REQUESTED", "RECEIVED"] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export type DocumentState = (typeof DOCUMENT_STATES)[number];

export const aNumberSchema = storableText().transform((value, ctx) => {
  const result = normalizeANumber(value);
  if (result.ok) return result.value;
  ctx.addIssue({ code: "custom", message: "a_number_format" });
  return z.NEVER;
});


export const legalRecordPatchSchema = z.strictObject({
  version,
  aNumber: aNumberSchema.nullable().optional(),
  facilityId: z.uuid().nullable().optional(),
  facilityOther: optionalText(300),
  detainedOn: dateOnly().nullable().optional(),
  custodyStatus: z.enum(CustodyStatus).nullable().optional(),
  bondAmountCents: z.number().int().min(0).max(100_000_000).nullable().optional(),
  bondStatus: z.enum(BondStatus).nullable().optional(),
  lawyerName: optionalText(200),
  lawyerPhone: optionalText(40),
  partnerOrg: optionalText(200),
  assigneeId: z.uuid().nullable().optional(),
  documents: z.partialRecord(z.enum(DOCUMENT_KINDS), z.enum(DOCUMENT_STATES)).optional(),
});
export type LegalRecordPatch = z.infer<typeof legalRecordPatchSchema>;

const when = dateTime().transform((v) => new Date(v));

export const hearingCreateSchema = z.strictObject({
  court: text(200).min(1, "required"),
  scheduledAt: when,
  type: z.enum(HearingType),
  judge: optionalText(200),
});

export const hearingPatchSchema = z.strictObject({
  version: versionOf(),
  court: text(200).min(1).optional(),
  scheduledAt: when.optional(),
  type: z.enum(HearingType).optional(),
  judge: optionalText(200),
  result: z.enum(HearingResult).nullable().optional(),
  cancelled: z.boolean().optional(),
});
export type HearingPatch = z.infer<typeof hearingPatchSchema>;

export const taskCreateSchema = z.strictObject({
  title: text(300).min(1, "required"),
  dueAt: when,
  ownerId: z.uuid().optional(),
});

export const taskPatchSchema = z.strictObject({
  version: versionOf(),
  title: text(300).min(1).optional(),
  dueAt: when.optional(),
  ownerId: z.uuid().optional(),
  status: z.enum(["OPEN", "DONE", "CANCELLED"]).optional(),
});
export type TaskPatch = z.infer<typeof taskPatchSchema>;

export const transferRequestSchema = z.strictObject({
  toConsulateCode: storableText({ trim: true }).toUpperCase().length(3),
  reason: text(2000).min(1, "required"),
});

export const transferDeclineSchema = z.strictObject({ reason: text(2000).min(1, "required") });

/** Actions without fields still send `{}` as JSON: a cross-site form cannot. */
export const emptyBodySchema = z.strictObject({});

export const monthSchema = z.strictObject({
  month: month().default(() => new Date().toISOString().slice(0, 7)),
});

export const legalQueueFilterSchema = queueFilterSchema.extend({
  overdue: z
    .enum(["1", "true", "0", "false"])
    .optional()
    .transform((v) => v === "1" || v === "true"),
}) satisfies z.ZodType<LegalQueueFilter, unknown>;

const single = (params: RawParams, key: string) => {
  const raw = params instanceof URLSearchParams ? params.get(key) : params[key];
  return (Array.isArray(raw) ? raw[0] : raw) || undefined;
};

/** The legal-aid queue's parameters in a URL (filters.ts): the triage queue's, REFERRED_LEGAL_AID by default, and `overdue`. */
export const rawLegalFilterParams = (params: RawParams) => {
  const raw = rawFilterParams(params);
  return { ...raw, status: raw.status.length === 0 ? ["REFERRED_LEGAL_AID"] : raw.status, overdue: single(params, "overdue") };
};

/** The legal-aid queue's filter in a URL, or the zod error; unknown parameters are ignored. */
export const parseLegalQueueFilter = (params: RawParams) => legalQueueFilterSchema.safeParse(rawLegalFilterParams(params));

/** GET /api/v1/legal-aid/cases */
export const legalQueueQuerySchema = z.preprocess((params: URLSearchParams) => rawLegalFilterParams(params), legalQueueFilterSchema);

/** GET /api/v1/reminders: `unread=1` for the unread ones only; any other value means all. */
export const remindersQuerySchema = z
  .instanceof(URLSearchParams)
  .transform((params) => ({ unreadOnly: params.get("unread") === "1" }));
