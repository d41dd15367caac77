// DELETE /api/v1/relay-keys/:id: an administrator revokes a relay key; its requests are refused within seconds.
import { revokeRelayKey } from "@/lib/relay-keys/mutations";
import { RELAY_KEY_MANAGERS } from "@/lib/relay-keys/policy";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const DELETE = withStaff({ roles: RELAY_KEY_MANAGERS }, async ({ scope, params }) => {
  await revokeRelayKey({ id: params.id, revokedById: scope.userId });
  return json({ id: params.id, revoked: true });
});
