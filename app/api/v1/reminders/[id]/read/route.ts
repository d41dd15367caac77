// POST /api/v1/reminders/:id/read: marks one of the caller's reminders as read.
import { emptyBodySchema } from "@/lib/legal-aid/schema";
import { markReminderRead } from "@/lib/legal-aid/reminders";
import { readJsonWith } from "@/lib/server/http/parse-body";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const POST = withStaff<{ id: string }>(async (request, { scope, params }) => {
  await readJsonWith(request, emptyBodySchema);
  return json(await markReminderRead({ userId: scope.userId, reminderId: params.id }));
});
