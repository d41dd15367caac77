// GET|POST /api/v1/relay-keys: administrators list relay keys and create one (its secret is returned this once).
import { listRelayKeys } from "@/lib/relay-keys/data";
import { createRelayKey } from "@/lib/relay-keys/mutations";
import { assertCanManageRelayKeys } from "@/lib/relay-keys/policy";
import { createRelayKeySchema } from "@/lib/relay-keys/schema";
import { readJsonWith } from "@/lib/server/http/parse-body";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const GET = withStaff(async (_request, { scope }) => {
  assertCanManageRelayKeys(scope);
  return json({ keys: await listRelayKeys() });
});

export const POST = withStaff(async (request, { scope }) => {
  assertCanManageRelayKeys(scope);
  const { name } = await readJsonWith(request, createRelayKeySchema);
  const key = await createRelayKey({ name, createdById: scope.userId });
  return json(key, 201);
});
