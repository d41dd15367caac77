// PATCH /api/v1/staff/:id: changes a staff member's role, consulate, region or active state, as of the version read; their sessions and sockets end.
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";
import { ADMIN_AREA_ROLES } from "@/lib/users/admin-policy";
import { updateStaff } from "@/lib/users/staff-mutations";
import { staffChangeSchema, staffIdParams } from "@/lib/users/staff-schema";

export const dynamic = "force-dynamic";

export const PATCH = withStaff({ roles: ADMIN_AREA_ROLES.staff, params: staffIdParams, body: staffChangeSchema }, async ({ scope, params, body }) =>
  json({ staff: await updateStaff({ scope, userId: params.id, change: body }) }),
);
