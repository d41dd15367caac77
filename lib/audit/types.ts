// The audit view's answers, as the browser reads them.
import type { Role } from "@/lib/generated/prisma/enums";
import type { ReadSummary } from "./details";

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
  /** A read's parts, counts and purpose (read.* rows), shown in words. */
  read: ReadSummary | null;
};

export type AuditPage = { rows: AuditRow[]; nextCursor: string | null };

export type AuditStaffOption = { id: string; name: string; email: string; role: Role };

/** One kind of read of a case by one person: `read.case`, `read.search`, … (or the older `case.viewed`). */
export type CaseViewerRead = { action: string; times: number; last: string };

export type CaseViewer = {
  userId: string;
  name: string;
  role: Role;
  consulateCode: string | null;
  lastViewedAt: string;
  /** Audited reads of the case, and lists, searches and exports that held it (lib/audit/reads.ts). */
  times: number;
  /** By action, the latest first. */
  reads: CaseViewerRead[];
  /** The parts of the case read (person, location, …: ReadPart). */
  parts: string[];
  /** Client addresses, a few. */
  addresses: string[];
  /** The purposes given, where the screen asked (read-purpose.ts). */
  purposes: { reason: string; note?: string }[];
};
