// A legal hold keeps a case whole: the retention run never coarsens nor
// purges it. Whoever may work the case may place or lift one (officers and
// legal aid of its consulate, supervisors of its region: the case's own
// visibility), at the case version they saw, with a reason to place it.
// Audited and on the timeline in the same transaction; the case is published
// after the commit (writeCase).
import { keyring } from "@/lib/privacy/keys-data";
import "server-only";
import { AppError } from "@/lib/server/errors";
import { recordAudit } from "@/lib/server/audit";
import type { StaffScope } from "@/lib/server/auth/scope";
import { CASE_ROLES } from "@/lib/cases/policy";
import { caseSummarySelect, toCaseSummary } from "@/lib/cases/summary";
import { addTimeline } from "@/lib/cases/timeline";
import { caseConflict, updateCaseAtVersion, writeCase, type CaseRow } from "@/lib/cases/write";
import type { Tx } from "@/lib/server/db";
import { legalHoldSelect, toLegalHoldView } from "./legal-hold-view";

const holdSelect = { ...caseSummarySelect, legalHoldAt: true, purgedAt: true };

type HoldOptions = { scope: StaffScope; caseId: string; version: number };
type HoldRow = CaseRow<typeof holdSelect>;

const mayHold = (scope: StaffScope) => {
  if (!CASE_ROLES.includes(scope.role)) throw new AppError("forbidden", "role");
};

// The two places that turn a row into a summary, its sealed fields opened with the keyring.
const refuse = async (reason: string, row: HoldRow) => caseConflict(reason, row);
const summaryOf = async (tx: Tx, caseId: string) => ({
  case: toCaseSummary(await keyring(), await tx.case.findUniqueOrThrow({ where: { id: caseId }, select: caseSummarySelect })),
  hold: toLegalHoldView(await tx.case.findUniqueOrThrow({ where: { id: caseId }, select: legalHoldSelect })),
});

export const placeLegalHold = ({ scope, caseId, version, reason }: HoldOptions & { reason: string }) =>
  writeCase(
    {
      scope,
      caseId,
      version,
      select: holdSelect,
      policy: () => mayHold(scope),
    },
    async ({ tx, row }) => {
      // A purged case has nothing left to keep; a held one is held already.
      if (row.purgedAt) throw await refuse("purged", row);
      if (row.legalHoldAt) throw await refuse("already_held", row);
      const trimmed = reason.trim();
      if (!trimmed) throw new AppError("invalid_body", "invalid_body", { issues: [{ path: "reason", message: "required" }] });
      await updateCaseAtVersion(tx, { caseId: row.id, version, data: { legalHoldAt: new Date(), legalHoldById: scope.userId, legalHoldReason: trimmed } });
      await addTimeline(tx, { caseId: row.id, kind: "LEGAL_HOLD_PLACED", actorUserId: scope.userId, data: { reason: trimmed } });
      await recordAudit({ action: "case.legal_hold.place", actorUserId: scope.userId, targetType: "case", targetId: row.id, data: { number: row.number } }, tx);
      return summaryOf(tx, row.id);
    },
  );

export const liftLegalHold = ({ scope, caseId, version }: HoldOptions) =>
  writeCase(
    {
      scope,
      caseId,
      version,
      select: holdSelect,
      policy: () => mayHold(scope),
    },
    async ({ tx, row }) => {
      if (!row.legalHoldAt) throw await refuse("not_held", row);
      await updateCaseAtVersion(tx, { caseId: row.id, version, data: { legalHoldAt: null, legalHoldById: null, legalHoldReason: null } });
      await addTimeline(tx, { caseId: row.id, kind: "LEGAL_HOLD_LIFTED", actorUserId: scope.userId, data: {} });
      await recordAudit({ action: "case.legal_hold.lift", actorUserId: scope.userId, targetType: "case", targetId: row.id, data: { number: row.number } }, tx);
      return summaryOf(tx, row.id);
    },
  );
