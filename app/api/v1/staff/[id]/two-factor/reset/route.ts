// POST /api/v1/staff/:id/two-factor/reset: clears a staff member's two factors and ends their sessions (administrators; supervisors for their region's officers and legal aid).
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";
import { ADMIN_AREA_ROLES } from "@/lib/users/admin-policy";
import { resetTwoFactor } from "@/lib/two-factor/mutations";
import { staffIdSchema } from "@/lib/two-factor/schema";

export const dynamic = "force-dynamic";

export const POST = withStaff({ roles: ADMIN_AREA_ROLES.staff, params: staffIdSchema }, async ({ scope, params: { id } }) => {
  await resetTwoFactor({ scope, userId: id });
  return json({ ok: true });
});
