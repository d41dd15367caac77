// POST /api/v1/staff/:id/reset: a one-time link for a new password (returned this once); the old password stops working and the sessions end.
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";
import { ADMIN_AREA_ROLES } from "@/lib/users/admin-policy";
import { issuePasswordReset } from "@/lib/users/staff-mutations";
import { staffIdParams } from "@/lib/users/staff-schema";

export const dynamic = "force-dynamic";

export const POST = withStaff({ roles: ADMIN_AREA_ROLES.staff, params: staffIdParams }, async ({ scope, params }) =>
  json({ link: await issuePasswordReset({ scope, userId: params.id }) }, 201),
);
