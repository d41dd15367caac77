// GET /api/v1/cases/:id/notices: the case's staff notices (who, channel, status, attempts, last error, acknowledged).
import { CASE_ROLES } from "@/lib/cases/policy";
import { listCaseNotices } from "@/lib/notices/data";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const GET = withStaff({ roles: CASE_ROLES }, async ({ scope, params }) => json({ notices: await listCaseNotices(scope, params.id) }));
