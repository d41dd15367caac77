// GET|POST /api/v1/relay-keys: administrators list relay keys and create one (its secret is returned this once).
import { listRelayKeys } from "@/lib/relay-keys/data";
import { createRelayKey } from "@/lib/relay-keys/mutations";
import { RELAY_KEY_MANAGERS } from "@/lib/relay-keys/policy";
import { createRelayKeySchema } from "@/lib/relay-keys/schema";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const GET = withStaff({ roles: RELAY_KEY_MANAGERS }, async () => json({ keys: await listRelayKeys() }));

export const POST = withStaff({ roles: RELAY_KEY_MANAGERS, body: createRelayKeySchema }, async ({ scope, body: { name } }) =>
  json(await createRelayKey({ name, createdById: scope.userId }), 201),
);
