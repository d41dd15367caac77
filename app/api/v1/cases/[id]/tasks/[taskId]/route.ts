// PATCH /api/v1/cases/:id/tasks/:taskId: completes, reopens, cancels, reassigns or moves a task at `version`.
import { CASE_ROLES } from "@/lib/cases/policy";
import { taskPatchSchema } from "@/lib/legal-aid/schema";
import { updateTask } from "@/lib/legal-aid/tasks";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const PATCH = withStaff({ roles: CASE_ROLES, body: taskPatchSchema }, async ({ scope, params, body }) =>
  json({ task: await updateTask({ scope, caseId: params.id, taskId: params.taskId, patch: body }) }),
);
