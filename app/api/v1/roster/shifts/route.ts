// POST /api/v1/roster/shifts: a supervisor puts an officer or legal aid of a consulate of their region on a weekly or one-off shift.
import { createShift } from "@/lib/duty/mutations";
import { ROSTER_EDITORS } from "@/lib/duty/policy";
import { createShiftSchema } from "@/lib/duty/schema";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const POST = withStaff({ roles: ROSTER_EDITORS, body: createShiftSchema }, async ({ scope, body }) =>
  json({ shift: await createShift({ scope, shift: body }) }, 201),
);
