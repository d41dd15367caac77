// The case export: the cases this user may see that match the queue's
// filters, as CSV. The route audits it (read.export: who, why, which filter,
// every case id, how many rows; lib/audit/list-read.ts). Person data is what the queue itself shows, plus the
// A-number and facility of the legal record.
import "server-only";
import { db } from "@/lib/server/db";
import type { StaffScope } from "@/lib/server/auth/scope";
import { queueWhere } from "@/lib/cases/data";
import { withSearch } from "@/lib/cases/search";
import { filterToSearchParams, type QueueFilter } from "@/lib/cases/filters";
import { legalQueueWhere } from "@/lib/legal-aid/data";
import type { LegalQueueFilter } from "@/lib/legal-aid/filters";
import { formatANumber } from "@/lib/legal-aid/a-number";
import { keyring } from "@/lib/privacy/keys-data";
import { openPerson } from "@/lib/privacy/person";
import { toCsv } from "./csv";

export const EXPORT_LIMIT = 20_000;

const HEADER = [
  "case_number",
  "consulate",
  "status",
  "priority",
  "person",
  "alert_at",
  "owner",
  "outcome",
  "closed_at",
  "a_number",
  "facility",
  "custody_status",
  "legal_aid_assignee",
] as const;

/** Either queue's filter: the triage queue's, or the legal-aid queue's (`queue: "legal"`). */
export type ExportFilter = ({ queue: "triage" } & QueueFilter) | ({ queue: "legal" } & LegalQueueFilter);

/** The filter as the audit keeps it: without the search text, which the row holds as blind hashes. */
export const describeFilter = (filter: ExportFilter) => {
  const params = filterToSearchParams(filter);
  params.delete("q");
  if (filter.queue === "legal") {
    params.set("queue", "legal");
    if (filter.overdue) params.set("overdue", "1");
  }
  return params.toString();
};

export const exportCasesCsv = async (scope: StaffScope, filter: ExportFilter) => {
  const blinded = await withSearch(filter);
  const rows = await db.case.findMany({
    where: blinded.queue === "legal" ? legalQueueWhere(scope, blinded) : queueWhere(scope, blinded),
    orderBy: [{ alertAt: "asc" }, { number: "asc" }],
    take: EXPORT_LIMIT,
    select: {
      id: true,
      number: true,
      status: true,
      priority: true,
      alertAt: true,
      outcome: true,
      closedAt: true,
      consulate: { select: { code: true } },
      owner: { select: { name: true } },
      person: { select: { fullName: true, aNumber: true } },
      legalRecord: {
        select: { custodyStatus: true, facilityOther: true, facility: { select: { name: true } }, assignee: { select: { name: true } } },
      },
    },
  });
  const ring = await keyring();
  const csv = toCsv(
    HEADER,
    rows.map((r) => [r, openPerson(ring, r.person)] as const).map(([r, person]) => [
      r.number,
      r.consulate.code,
      r.status,
      r.priority,
      person.fullName,
      r.alertAt,
      r.owner?.name,
      r.outcome,
      r.closedAt,
      person.aNumber ? formatANumber(person.aNumber) : null,
      r.legalRecord?.facility?.name ?? r.legalRecord?.facilityOther,
      r.legalRecord?.custodyStatus,
      r.legalRecord?.assignee?.name,
    ]),
  );
  return { csv, rows: rows.length, caseIds: rows.map((r) => r.id), truncated: rows.length === EXPORT_LIMIT };
};
