// The subject view's audit rows. A view and an export are reads: they go
// through the batched read-audit writer (lib/audit/reads.ts: read.subject,
// read.export from "subject"), committed before the record is answered, and
// shown in "who saw this" of every case they held. A correction is a write:
// its row is in the correction's own transaction. Rows name the person and
// the cases, the purpose and the client's address; never a personal value
// (the purpose's text is staff's own words about why).
import "server-only";
import { AUDIT_UNAVAILABLE, auditRead } from "@/lib/audit/reads";
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

export const auditSubject = async ({ scope, action, personId, caseIds, clientAddress, purpose, fields }: SubjectAudit, tx?: Tx) => {
  if (action !== "subject.corrected") {
    // Fail closed: a record whose read cannot be audited is not answered (503).
    await auditRead({
      actorUserId: scope.userId,
      kind: action === "subject.exported" ? "export" : "subject",
      ...(action === "subject.exported" && { from: "subject" as const }),
      ip: clientAddress,
      personId,
      caseIds,
      ...(purpose && { purpose: { reason: purpose.purpose, note: purpose.purposeText } }),
    }).catch(() => {
      throw AUDIT_UNAVAILABLE();
    });
    return;
  }
  return recordAudit(
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
};
