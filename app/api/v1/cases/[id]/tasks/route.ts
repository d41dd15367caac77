// POST /api/v1/cases/:id/tasks: adds a task with a due time and an owner (default: the caller).
import { CASE_ROLES } from "@/lib/cases/policy";
import { taskCreateSchema } from "@/lib/legal-aid/schema";
import { createTask } from "@/lib/legal-aid/tasks";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const POST = withStaff({ roles: CASE_ROLES, body: taskCreateSchema }, async ({ scope, params, body }) =>
  json({ task: await createTask({ scope, caseId: params.id, task: body }) }, 201),
);
