// A legal hold keeps a case whole: the retention run never coarsens nor
// purges it. Whoever may work the case may place or lift one (officers and
// legal aid of its consulate, supervisors of its region: the case's own
// visibility), at the case version they saw, with a reason to place it.
// Audited and on the timeline in the same transaction; the case is published
// after the commit (writeCase).
import "server-only";
import { AppError } from "@/lib/server/errors";
import { recordAudit } from "@/lib/server/audit";
import type { StaffScope } from "@/lib/server/auth/scope";
import { CASE_ROLES } from "@/lib/cases/policy";
import { caseSummarySelect, toCaseSummary } from "@/lib/cases/summary";
import { addTimeline } from "@/lib/cases/timeline";
import { caseConflict, updateCaseAtVersion, writeCase } from "@/lib/cases/write";

const holdSelect = { ...caseSummarySelect, legalHoldAt: true, purgedAt: true };

type HoldOptions = { scope: StaffScope; caseId: string; version: number };

const mayHold = (scope: StaffScope) => {
  if (!CASE_ROLES.includes(scope.role)) throw new AppError("forbidden", "role");
};

export const placeLegalHold = ({ scope, caseId, version, reason }: HoldOptions & { reason: string }) =>
  writeCase(
    {
      scope,
      caseId,
      version,
      select: holdSelect,
      policy: (row) => {
        mayHold(scope);
        // A purged case has nothing left to keep; a held one is held already.
        if (row.purgedAt) throw caseConflict("purged", row);
        if (row.legalHoldAt) throw caseConflict("already_held", row);
      },
    },
    async ({ tx, row }) => {
      const trimmed = reason.trim();
      if (!trimmed) throw new AppError("invalid_body", "invalid_body", { issues: [{ path: "reason", message: "required" }] });
      await updateCaseAtVersion(tx, { caseId: row.id, version, data: { legalHoldAt: new Date(), legalHoldById: scope.userId, legalHoldReason: trimmed } });
      await addTimeline(tx, { caseId: row.id, kind: "LEGAL_HOLD_PLACED", actorUserId: scope.userId, data: { reason: trimmed } });
      await recordAudit({ action: "case.legal_hold.place", actorUserId: scope.userId, targetType: "case", targetId: row.id, data: { number: row.number } }, tx);
      return toCaseSummary(await tx.case.findUniqueOrThrow({ where: { id: row.id }, select: caseSummarySelect }));
    },
  );

export const liftLegalHold = ({ scope, caseId, version }: HoldOptions) =>
  writeCase(
    {
      scope,
      caseId,
      version,
      select: holdSelect,
      policy: (row) => {
        mayHold(scope);
        if (!row.legalHoldAt) throw caseConflict("not_held", row);
      },
    },
    async ({ tx, row }) => {
      await updateCaseAtVersion(tx, { caseId: row.id, version, data: { legalHoldAt: null, legalHoldById: null, legalHoldReason: null } });
      await addTimeline(tx, { caseId: row.id, kind: "LEGAL_HOLD_LIFTED", actorUserId: scope.userId, data: {} });
      await recordAudit({ action: "case.legal_hold.lift", actorUserId: scope.userId, targetType: "case", targetId: row.id, data: { number: row.number } }, tx);
      return toCaseSummary(await tx.case.findUniqueOrThrow({ where: { id: row.id }, select: caseSummarySelect }));
    },
  );
