// The legal record of a case: A-number (on the person), facility, custody,
// bond, lawyer or partner organisation, assigned legal-aid staff member and
// the documents checklist. Every change writes one timeline entry listing
// each changed field with its value before and after.
import "server-only";
import type { Tx } from "@/lib/server/db";
import { recordAudit } from "@/lib/server/audit";
import { AppError, isAppError } from "@/lib/server/errors";
import type { StaffScope } from "@/lib/server/auth/scope";
import type { Prisma } from "@/lib/generated/prisma/client";
import { addTimeline } from "@/lib/cases/timeline";
import { StaleWrite, writeCase } from "@/lib/cases/write";
import { keyring } from "@/lib/privacy/keys-data";
import { holdsVisibleANumber, readANumber, writeANumber } from "./a-number-data";
import { diffFields, type FieldChange } from "./diff";
import { onLegalCase, type LegalCase } from "./legal-case";
import { DOCUMENT_KINDS, type DocumentState, type LegalRecordPatch } from "./schema";

export const legalRecordSelect = {
  caseId: true,
  referredAt: true,
  assigneeId: true,
  assignee: { select: { name: true } },
  facilityId: true,
  facility: { select: { name: true, city: true, state: true, countyFips: true } },
  facilityOther: true,
  detainedOn: true,
  custodyStatus: true,
  bondAmountCents: true,
  bondStatus: true,
  lawyerName: true,
  lawyerPhone: true,
  partnerOrg: true,
  documents: true,
  version: true,
  updatedAt: true,
} satisfies Prisma.LegalRecordSelect;

type RecordRow = Prisma.LegalRecordGetPayload<{ select: typeof legalRecordSelect }>;

export type Documents = Partial<Record<(typeof DOCUMENT_KINDS)[number], DocumentState>>;

const invalid = (path: string, message: string) => new AppError("invalid_body", "invalid_body", { issues: [{ path, message }] });

/**
 * Creates the record when a case is referred to legal aid, or stamps the
 * referral on the one there; with `assigneeId`, the legal-aid member the
 * referral names (checked by the caller: referralAssignee).
 */
export const ensureLegalRecord = (tx: Tx, { caseId, referredAt, assigneeId }: { caseId: string; referredAt: Date; assigneeId?: string }) =>
  tx.legalRecord.upsert({
    where: { caseId },
    create: { caseId, referredAt, assigneeId },
    update: { referredAt, ...(assigneeId && { assigneeId, version: { increment: 1 } }) },
    select: { caseId: true },
  });

/** The legal-aid member a referral names: active, legal aid, and of the case's consulate; otherwise a 400 on `legalAssigneeId`. */
export const referralAssignee = async (tx: Tx, { consulateId, userId }: { consulateId: string; userId: string }) => {
  const user = await tx.user.findFirst({
    where: { id: userId, role: "LEGAL_AID", active: true, consulateId },
    select: { id: true, name: true },
  });
  if (!user) throw invalid("legalAssigneeId", "not an active legal-aid staff member of this case's consulate");
  return user;
};

const checkFacility = async (tx: Tx, facilityId: string | null | undefined) => {
  if (!facilityId) return null;
  const facility = await tx.detentionFacility.findUnique({ where: { id: facilityId }, select: { name: true } });
  if (!facility) throw invalid("facilityId", "unknown facility");
  return facility.name;
};

const checkAssignee = async (tx: Tx, row: LegalCase, assigneeId: string | null | undefined) => {
  if (!assigneeId) return null;
  const user = await tx.user.findFirst({
    where: { id: assigneeId, role: "LEGAL_AID", active: true, consulateId: row.consulateId },
    select: { name: true },
  });
  if (!user) throw invalid("assigneeId", "not an active legal-aid staff member of this case's consulate");
  return user.name;
};

const changeANumber = async (tx: Tx, row: LegalCase, aNumber: string | null | undefined): Promise<FieldChange[]> => {
  if (aNumber === undefined) return [];
  const ring = await keyring();
  const before = await readANumber(tx, ring, row.personId);
  if (before === aNumber) return [];
  // The unique index (on the blind index) is the one check, for a number
  // already held and for two writers racing for it alike: writeCase answers
  // it with a_number_taken.
  await writeANumber(tx, ring, { personId: row.personId, aNumber });
  return [{ field: "aNumber", before, after: aNumber }];
};

const documentChanges = (current: Documents, next: Documents | undefined): FieldChange[] =>
  Object.entries(next ?? {})
    .filter(([kind, state]) => (current[kind as keyof Documents] ?? "MISSING") !== state)
    .map(([kind, state]) => ({ field: `documents.${kind}`, before: current[kind as keyof Documents] ?? "MISSING", after: state }));

type RecordUpdate = { scope: StaffScope; caseId: string; patch: LegalRecordPatch };

/**
 * A taken A-number, answered within the writer's scope. "It belongs to
 * another person" (a_number_taken) only when that person's case is one the
 * writer may see, and can look up. Otherwise the refusal names no person,
 * case or consulate (a_number_unavailable), and goes to the audit log: while
 * the number is unique across the network a refusal cannot hide that it is
 * recorded somewhere, so a consulate trying numbers is seen doing it.
 */
const withinScope = async (error: unknown, { scope, caseId, patch: { aNumber } }: RecordUpdate) => {
  if (!isAppError(error) || error.message !== "a_number_taken" || !aNumber) return error;
  if (await holdsVisibleANumber(scope, await keyring(), aNumber)) return error;
  await recordAudit({ action: "legal.a_number_refused", actorUserId: scope.userId, targetType: "case", targetId: caseId });
  return new AppError("conflict", "a_number_unavailable", { details: { reason: "a_number_unavailable" } });
};

const writeRecord = ({ scope, caseId, patch }: RecordUpdate) =>
  writeCase(onLegalCase({ scope, caseId }), async ({ tx, row }) => {
    const { version, aNumber, documents, facilityId, assigneeId, detainedOn, ...fields } = patch;
    const current: RecordRow | null = await tx.legalRecord.findUnique({ where: { caseId }, select: legalRecordSelect });
    if ((current?.version ?? 0) !== version) throw new StaleWrite("legal_record");

    const currentDocuments = (current?.documents ?? {}) as Documents;
    const data: Prisma.LegalRecordUncheckedUpdateInput = {
      ...fields,
      ...(detainedOn !== undefined && { detainedOn: detainedOn ? new Date(`${detainedOn}T00:00:00Z`) : null }),
      ...(facilityId !== undefined && { facilityId }),
      ...(assigneeId !== undefined && { assigneeId }),
      ...(documents && { documents: { ...currentDocuments, ...documents } }),
    };
    const changes: FieldChange[] = [
      ...(await changeANumber(tx, row, aNumber)),
      ...diffFields((current ?? {}) as Record<string, unknown>, {
        ...fields,
        ...(detainedOn !== undefined && { detainedOn: data.detainedOn }),
      }),
      ...documentChanges(currentDocuments, documents),
    ];
    if (facilityId !== undefined && facilityId !== (current?.facilityId ?? null)) {
      changes.push({ field: "facility", before: current?.facility?.name ?? null, after: await checkFacility(tx, facilityId) });
    }
    if (assigneeId !== undefined && assigneeId !== (current?.assigneeId ?? null)) {
      changes.push({ field: "assignee", before: current?.assignee?.name ?? null, after: await checkAssignee(tx, row, assigneeId) });
    }
    if (changes.length === 0) return { changes };

    if (!current) {
      await tx.legalRecord.create({ data: { ...(data as Prisma.LegalRecordUncheckedCreateInput), caseId } });
    } else {
      const { count } = await tx.legalRecord.updateMany({
        where: { caseId, version },
        data: { ...(data as Prisma.LegalRecordUncheckedUpdateManyInput), version: { increment: 1 } },
      });
      if (count === 0) throw new StaleWrite("legal_record");
    }
    await addTimeline(tx, { caseId, kind: "LEGAL_RECORD_CHANGED", actorUserId: scope.userId, data: { changes } });
    return { changes };
  });

export const updateLegalRecord = (update: RecordUpdate) =>
  writeRecord(update).catch(async (error: unknown) => {
    throw await withinScope(error, update);
  });

/**
 * The consulate that should hold the case, when the facility the person is
 * held in lies in another consulate's jurisdiction; null otherwise.
 */
export const suggestTransfer = async (
  tx: Tx,
  { consulateId, facilityId }: { consulateId: string; facilityId: string | null },
) => {
  if (!facilityId) return null;
  const facility = await tx.detentionFacility.findUnique({
    where: { id: facilityId },
    select: { name: true, county: { select: { countyName: true, consulate: { select: { id: true, code: true, name: true } } } } },
  });
  const owner = facility?.county.consulate;
  if (!facility || !owner || owner.id === consulateId) return null;
  return { toConsulateId: owner.id, toConsulateCode: owner.code, toConsulateName: owner.name, facilityName: facility.name, countyName: facility.county.countyName };
};
