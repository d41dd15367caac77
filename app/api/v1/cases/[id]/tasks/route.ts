// POST /api/v1/cases/:id/tasks: adds a task with a due time and an owner (default: the caller).
import { taskCreateSchema } from "@/lib/legal-aid/schema";
import { createTask } from "@/lib/legal-aid/tasks";
import { readJsonWith } from "@/lib/server/http/parse-body";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const POST = withStaff<{ id: string }>(async (request, { scope, params }) => {
  const task = await readJsonWith(request, taskCreateSchema);
  return json({ task: await createTask({ scope, caseId: params.id, task }) }, 201);
});
