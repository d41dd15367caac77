// DELETE /api/v1/roster/shifts/:id: a supervisor removes a shift at a consulate of their region.
import { deleteShift } from "@/lib/duty/mutations";
import { ROSTER_EDITORS } from "@/lib/duty/policy";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const DELETE = withStaff({ roles: ROSTER_EDITORS }, async ({ scope, params }) => json(await deleteShift({ scope, id: params.id })));
