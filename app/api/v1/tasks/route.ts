// GET /api/v1/tasks: the caller's open tasks across the cases they may see, soonest first, each with `overdue`;
// audited as read.tasks (each task names its person) with their case ids.
import { readListAudited } from "@/lib/audit/list-read";
import { CASE_ROLES } from "@/lib/cases/policy";
import { listMyTasks } from "@/lib/legal-aid/my-tasks-data";
import { requestAddress } from "@/lib/server/http/client-address";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const GET = withStaff({ roles: CASE_ROLES }, async ({ request, scope }) => {
  const tasks = await readListAudited({
    scope,
    kind: "tasks",
    address: requestAddress(request),
    read: () => listMyTasks(scope),
    caseIds: (list) => list.map((t) => t.caseId),
  });
  return json({ tasks });
});
