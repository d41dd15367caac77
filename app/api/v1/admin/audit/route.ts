// GET /api/v1/admin/audit: a page of 50 of the audit log, newest first, filtered by user, case, action and
// days in the administrator's time zone (from, to); `cursor` is the previous page's `nextCursor`.
import { searchAudit } from "@/lib/audit/data";
import { auditSearchQuerySchema } from "@/lib/audit/schema";
import { DEFAULT_TIME_ZONE } from "@/lib/i18n/format";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";
import { ADMIN_AREA_ROLES } from "@/lib/users/admin-policy";

export const dynamic = "force-dynamic";

export const GET = withStaff({ roles: ADMIN_AREA_ROLES.audit, query: auditSearchQuerySchema }, async ({ scope, query: { filter, cursor } }) =>
  json(await searchAudit({ filter, cursor, timeZone: scope.timeZone ?? DEFAULT_TIME_ZONE })),
);
