// POST /api/v1/reminders/:id/read: marks one of the caller's reminders as read.
import { CASE_ROLES } from "@/lib/cases/policy";
import { markReminderRead } from "@/lib/legal-aid/reminders";
import { emptyBodySchema } from "@/lib/legal-aid/schema";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const POST = withStaff({ roles: CASE_ROLES, body: emptyBodySchema }, async ({ scope, params }) =>
  json(await markReminderRead({ userId: scope.userId, reminderId: params.id })),
);
