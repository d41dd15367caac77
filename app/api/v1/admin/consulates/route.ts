// GET /api/v1/admin/consulates: administrators read every consulate's settings, version and latest changes.
import { listAdminConsulates } from "@/lib/consulates/settings-data";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";
import { ADMIN_AREA_ROLES } from "@/lib/users/admin-policy";

export const dynamic = "force-dynamic";

export const GET = withStaff({ roles: ADMIN_AREA_ROLES.consulates }, async () => json({ consulates: await listAdminConsulates() }));
