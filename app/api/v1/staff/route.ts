// GET|POST /api/v1/staff: administrators (everyone) and supervisors (their region's officers and legal aid) list staff and invite one (the link is returned this once).
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";
import { ADMIN_AREA_ROLES } from "@/lib/users/admin-policy";
import { listStaff } from "@/lib/users/staff-data";
import { inviteStaff } from "@/lib/users/staff-mutations";
import { inviteSchema, staffQuerySchema } from "@/lib/users/staff-schema";

export const dynamic = "force-dynamic";

export const GET = withStaff({ roles: ADMIN_AREA_ROLES.staff, query: staffQuerySchema }, async ({ scope, query }) =>
  json({ staff: await listStaff({ scope, filter: query }) }),
);

export const POST = withStaff({ roles: ADMIN_AREA_ROLES.staff, body: inviteSchema }, async ({ scope, body }) =>
  json(await inviteStaff({ scope, invite: body }), 201),
);
