// GET /api/v1/push/public-key: the VAPID public key a browser subscribes with (null: push is off on this server).
import { vapidSettings } from "@/lib/notices/channels";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const GET = withStaff({}, async () => json({ publicKey: vapidSettings()?.publicKey ?? null }));
