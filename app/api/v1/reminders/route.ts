// GET /api/v1/reminders: the caller's reminders, newest first (`unread=1` for unread only).
import { listMyReminders } from "@/lib/legal-aid/reminders";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const GET = withStaff(async (request, { scope }) => {
  const unreadOnly = new URL(request.url).searchParams.get("unread") === "1";
  return json({ reminders: await listMyReminders({ userId: scope.userId, unreadOnly }) });
});
