// GET /api/v1/reminders: the caller's reminders, newest first (`unread=1` for unread only).
import { CASE_ROLES } from "@/lib/cases/policy";
import { listMyReminders } from "@/lib/legal-aid/reminders";
import { remindersQuerySchema } from "@/lib/legal-aid/schema";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const GET = withStaff({ roles: CASE_ROLES, query: remindersQuerySchema }, async ({ scope, query: { unreadOnly } }) =>
  json({ reminders: await listMyReminders({ userId: scope.userId, unreadOnly }) }),
);
