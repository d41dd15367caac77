// GET /api/v1/reports/cases: CSV of the cases the caller may see, with the queue's filters (status, owner,
// flag, q); every export is written to the audit log.
import { parseQueueFilter } from "@/lib/cases/filters";
import { exportCasesCsv } from "@/lib/reports/export";
import { AppError } from "@/lib/server/errors";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const GET = withStaff(async (request, { scope }) => {
  const parsed = parseQueueFilter(new URL(request.url).searchParams);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
    throw new AppError("invalid_body", "invalid_body", { issues });
  }
  const { csv } = await exportCasesCsv(scope, parsed.data);
  const day = new Date().toISOString().slice(0, 10);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8; header=present",
      "Content-Disposition": `attachment; filename="amparo-casos-${day}.csv"`,
      "Cache-Control": "no-store",
    },
  });
});
