// GET /api/v1/reports/cases: CSV of the cases the caller may see, with the queue's filters (status, owner,
// flag, q; with queue=legal, the legal-aid queue's, overdue included) and a required purpose (purpose,
// purposeNote); audited as read.export with every case id it held, its count and purpose (q as blind hashes).
import { readListAudited } from "@/lib/audit/list-read";
import { CASE_ROLES } from "@/lib/cases/policy";
import { describeFilter, exportCasesCsv } from "@/lib/reports/export-data";
import { exportRequestSchema } from "@/lib/reports/schema";
import { requestAddress } from "@/lib/server/http/client-address";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const GET = withStaff({ roles: CASE_ROLES, query: exportRequestSchema }, async ({ request, scope, query: { filter, purpose } }) => {
  const { csv } = await readListAudited({
    scope,
    kind: "export",
    q: filter.q,
    purpose,
    address: requestAddress(request),
    read: () => exportCasesCsv(scope, filter),
    caseIds: (done) => done.caseIds,
    extra: (done) => ({ count: done.rows, filter: describeFilter(filter), truncated: done.truncated }),
  });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8; header=present",
      "Content-Disposition": `attachment; filename="amparo-casos-${day}.csv"`,
      "Cache-Control": "no-store",
    },
  });
});
