// GET /api/v1/tasks: the caller's open tasks across the cases they may see, soonest first, each with `overdue`.
import { CASE_ROLES } from "@/lib/cases/policy";
import { listMyTasks } from "@/lib/legal-aid/my-tasks-data";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const GET = withStaff({ roles: CASE_ROLES }, async ({ scope }) => json({ tasks: await listMyTasks(scope) }));
