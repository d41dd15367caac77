// DELETE /api/v1/profile/push-subscriptions/:id: removes one of the user's own push devices.
import { pushSubscriptionParams } from "@/lib/notices/schema";
import { removePushSubscription } from "@/lib/notices/profile-mutations";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const DELETE = withStaff({ params: pushSubscriptionParams }, async ({ scope, params }) => {
  await removePushSubscription(scope, params.id);
  return json({ id: params.id, removed: true });
});
