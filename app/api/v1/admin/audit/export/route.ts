// GET /api/v1/admin/audit/export: the audit search (same filters, no cursor) as CSV, streamed, at most
// 100,000 rows; the export is itself written to the audit log (`audit.exported`).
import { auditCsvColumns } from "@/lib/audit/csv-columns";
import { exportAuditCsv } from "@/lib/audit/export-data";
import { auditExportQuerySchema } from "@/lib/audit/schema";
import { DEFAULT_TIME_ZONE } from "@/lib/i18n/format";
import { LOCALE_COOKIE, parseLocale } from "@/lib/i18n/locale";
import { catalogs } from "@/lib/i18n/messages";
import { translator } from "@/lib/i18n/translate";
import { withStaff } from "@/lib/server/http/with-staff";
import { ADMIN_AREA_ROLES } from "@/lib/users/admin-policy";

export const dynamic = "force-dynamic";

// The screen's language: its cookie on this request, else the user's preference.
const cookieLocale = (request: Request) =>
  parseLocale(new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([^;]*)`).exec(request.headers.get("cookie") ?? "")?.[1]);

export const GET = withStaff({ roles: ADMIN_AREA_ROLES.audit, query: auditExportQuerySchema }, async ({ request, scope, query: filter }) => {
  const t = translator(catalogs[cookieLocale(request) ?? scope.locale]);
  const { stream } = await exportAuditCsv({ scope, filter, timeZone: scope.timeZone ?? DEFAULT_TIME_ZONE, ...auditCsvColumns(t) });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8; header=present",
      "Content-Disposition": `attachment; filename="amparo-auditoria-${day}.csv"`,
      "Cache-Control": "no-store",
    },
  });
});
