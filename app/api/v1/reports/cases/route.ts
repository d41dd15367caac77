// GET /api/v1/reports/cases: CSV of the cases the caller may see, with the queue's filters (status, owner,
// flag, q; with queue=legal, the legal-aid queue's, overdue included); every export is written to the audit log.
import { CASE_ROLES } from "@/lib/cases/policy";
import { exportCasesCsv } from "@/lib/reports/export-data";
import { exportQuerySchema } from "@/lib/reports/schema";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const GET = withStaff({ roles: CASE_ROLES, query: exportQuerySchema }, async ({ scope, query: filter }) => {
  const { csv } = await exportCasesCsv(scope, filter);
  const day = new Date().toISOString().slice(0, 10);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8; header=present",
      "Content-Disposition": `attachment; filename="amparo-casos-${day}.csv"`,
      "Cache-Control": "no-store",
    },
  });
});
