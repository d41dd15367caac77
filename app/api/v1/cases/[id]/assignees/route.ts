// GET /api/v1/cases/:id/assignees: the officers this case can be given to.
import { listAssignees } from "@/lib/cases/mutations";
import { CASE_ROLES } from "@/lib/cases/policy";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const GET = withStaff({ roles: CASE_ROLES }, async ({ scope, params }) => json({ assignees: await listAssignees(scope, params.id) }));
