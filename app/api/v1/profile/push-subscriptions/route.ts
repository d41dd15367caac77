// POST /api/v1/profile/push-subscriptions: opts this browser in to Web Push (its PushSubscription's JSON and a label).
import { pushSubscriptionSchema } from "@/lib/notices/schema";
import { savePushSubscription } from "@/lib/notices/profile-mutations";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const POST = withStaff({ body: pushSubscriptionSchema }, async ({ scope, body }) =>
  json({ device: await savePushSubscription(scope, body) }, 201),
);
