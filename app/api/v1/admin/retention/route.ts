// GET /api/v1/admin/retention: each class's retention schedule, the last run and what the next would do (administrators).
import { getRetentionOverview } from "@/lib/retention/policy-data";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";
import { ADMIN_AREA_ROLES } from "@/lib/users/admin-policy";

export const dynamic = "force-dynamic";

export const GET = withStaff({ roles: ADMIN_AREA_ROLES.retention }, async () => json(await getRetentionOverview()));
