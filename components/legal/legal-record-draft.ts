// The legal record as a form holds it (strings), and the PATCH that turns
// the user's edits into changes: only the fields that differ from the
// version the form was opened on, so a save never overwrites a colleague's
// untouched field with an old value.
import { formatANumber } from "@/lib/legal-aid/a-number";
import { aNumberSchema, DOCUMENT_KINDS, type DocumentKind, type DocumentState, type LegalRecordPatch } from "@/lib/legal-aid/schema";

export type RecordDraft = {
  aNumber: string;
  facilityMode: "list" | "other";
  facilityId: string;
  facilityOther: string;
  detainedOn: string;
  custodyStatus: string;
  bondAmount: string;
  bondStatus: string;
  lawyerName: string;
  lawyerPhone: string;
  partnerOrg: string;
  assigneeId: string;
  documents: Record<DocumentKind, DocumentState>;
};

type RecordLike = {
  facilityId: string | null;
  facilityOther: string | null;
  detainedOn: string | null;
  custodyStatus: string | null;
  bondAmountCents: number | null;
  bondStatus: string | null;
  lawyerName: string | null;
  lawyerPhone: string | null;
  partnerOrg: string | null;
  assigneeId: string | null;
  documents: unknown;
};

const centsToText = (cents: number | null) => (cents === null ? "" : (cents / 100).toFixed(2));

export const toDraft = (record: RecordLike | null, aNumber: string | null): RecordDraft => {
  const documents = (record?.documents ?? {}) as Partial<Record<DocumentKind, DocumentState>>;
  return {
    aNumber: aNumber ? formatANumber(aNumber) : "",
    facilityMode: record?.facilityOther && !record.facilityId ? "other" : "list",
    facilityId: record?.facilityId ?? "",
    facilityOther: record?.facilityOther ?? "",
    detainedOn: record?.detainedOn ?? "",
    custodyStatus: record?.custodyStatus ?? "",
    bondAmount: centsToText(record?.bondAmountCents ?? null),
    bondStatus: record?.bondStatus ?? "",
    lawyerName: record?.lawyerName ?? "",
    lawyerPhone: record?.lawyerPhone ?? "",
    partnerOrg: record?.partnerOrg ?? "",
    assigneeId: record?.assigneeId ?? "",
    documents: Object.fromEntries(DOCUMENT_KINDS.map((kind) => [kind, documents[kind] ?? "MISSING"])) as Record<DocumentKind, DocumentState>,
  };
};

export type DraftErrors = Partial<Record<"aNumber" | "bondAmount", "a_number_format" | "amount">>;

const parseCents = (text: string): number | null | "invalid" => {
  const trimmed = text.trim().replace(/[$,\s]/g, "");
  if (trimmed === "") return null;
  if (!/^\d{1,7}(\.\d{1,2})?$/.test(trimmed)) return "invalid";
  return Math.round(Number(trimmed) * 100);
};

const orNull = (text: string) => (text.trim() === "" ? null : text.trim());

/** The changed fields as a PATCH body (without the version), or the fields to fix. */
export const draftToPatch = (base: RecordDraft, draft: RecordDraft): { patch: Omit<LegalRecordPatch, "version">; errors: DraftErrors } => {
  const patch: Omit<LegalRecordPatch, "version"> = {};
  const errors: DraftErrors = {};
  if (draft.aNumber.trim() !== base.aNumber) {
    if (draft.aNumber.trim() === "") patch.aNumber = null;
    else {
      const parsed = aNumberSchema.safeParse(draft.aNumber);
      if (parsed.success) patch.aNumber = parsed.data;
      else errors.aNumber = "a_number_format";
    }
  }
  const facilityId = draft.facilityMode === "list" ? orNull(draft.facilityId) : null;
  const facilityOther = draft.facilityMode === "other" ? orNull(draft.facilityOther) : null;
  if (facilityId !== orNull(base.facilityMode === "list" ? base.facilityId : "")) patch.facilityId = facilityId;
  if (facilityOther !== orNull(base.facilityMode === "other" ? base.facilityOther : "")) patch.facilityOther = facilityOther;
  const bond = parseCents(draft.bondAmount);
  if (bond === "invalid") errors.bondAmount = "amount";
  else if (bond !== parseCents(base.bondAmount)) patch.bondAmountCents = bond;
  const texts = ["detainedOn", "custodyStatus", "bondStatus", "lawyerName", "lawyerPhone", "partnerOrg", "assigneeId"] as const;
  for (const key of texts) {
    if (orNull(draft[key]) !== orNull(base[key])) (patch as Record<string, unknown>)[key] = orNull(draft[key]);
  }
  const documents = Object.fromEntries(DOCUMENT_KINDS.filter((k) => draft.documents[k] !== base.documents[k]).map((k) => [k, draft.documents[k]]));
  if (Object.keys(documents).length > 0) patch.documents = documents;
  return { patch, errors };
};
