// The audit view's answers, as the browser reads them.
import type { Role } from "@/lib/generated/prisma/enums";

export type AuditRow = {
  id: string;
  at: string;
  action: string;
  actor: { id: string; name: string; role: Role } | null;
  /** A relay key's id, for the intake's own entries. */
  actorKeyId: string | null;
  targetType: string | null;
  targetId: string | null;
  /** The case's number when the target is a case that exists. */
  caseNumber: string | null;
  clientAddress: string | null;
  /** The row's data, compact, personal data withheld (details.ts). */
  details: string;
};

export type AuditPage = { rows: AuditRow[]; nextCursor: string | null };

export type AuditStaffOption = { id: string; name: string; email: string; role: Role };

export type CaseViewer = {
  userId: string;
  name: string;
  role: Role;
  consulateCode: string | null;
  lastViewedAt: string;
  /** Audited reads: one per user and case in any ten minutes (lib/cases/detail-data.ts). */
  times: number;
};
