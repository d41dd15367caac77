// GET /api/v1/reports/cases: CSV of the cases the caller may see, with the queue's filters (status, owner,
// flag, q; with queue=legal, the legal-aid queue's, overdue included); every export is written to the audit log.
import { parseQueueFilter } from "@/lib/cases/schema";
import type { LegalQueueFilter } from "@/lib/legal-aid/filters";
import { parseLegalQueueFilter } from "@/lib/legal-aid/schema";
import { exportCasesCsv } from "@/lib/reports/export";
import { AppError } from "@/lib/server/errors";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const GET = withStaff(async (request, { scope }) => {
  const params = new URL(request.url).searchParams;
  const legal = params.get("queue") === "legal";
  const parsed = legal ? parseLegalQueueFilter(params) : parseQueueFilter(params);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
    throw new AppError("invalid_body", "invalid_body", { issues });
  }
  const filter = legal ? { queue: "legal" as const, ...(parsed.data as LegalQueueFilter) } : { queue: "triage" as const, ...parsed.data };
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
