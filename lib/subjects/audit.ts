// The subject view's audit rows, behind one function so that the batched
// read-audit writer (lib/audit/reads.ts, branch `reads`) can take them over
// in one place. Rows name the person and the cases, the purpose and the
// client's address; never a personal value (the purpose's text is staff's own
// words about why, not the person's data).
import "server-only";
import { recordAudit } from "@/lib/server/audit";
import type { Tx } from "@/lib/server/db";
import type { StaffScope } from "@/lib/server/auth/scope";
import type { StatedPurpose } from "./schema";

export type SubjectAuditAction = "subject.viewed" | "subject.exported" | "subject.corrected";

export type SubjectAudit = {
  scope: StaffScope;
  action: SubjectAuditAction;
  personId: string;
  caseIds: string[];
  clientAddress: string;
  purpose?: StatedPurpose;
  /** For a correction: which fields changed (names only). */
  fields?: string[];
};

export const auditSubject = async ({ scope, action, personId, caseIds, clientAddress, purpose, fields }: SubjectAudit, tx?: Tx) =>
  recordAudit(
    {
      action,
      actorUserId: scope.userId,
      targetType: "person",
      targetId: personId,
      // "address": the key the audit view shows in its own column (lib/audit/details.ts).
      data: {
        caseIds,
        address: clientAddress,
        ...(purpose && { purpose: purpose.purpose, purposeText: purpose.purposeText }),
        ...(fields && { fields }),
      },
    },
    tx,
  );
