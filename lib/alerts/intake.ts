// The relay's intake (docs/alert-api.md), defined once for both servers
// that mount it: Next's route file (app/api/v1/alerts/route.ts) and server.ts,
// which answers it ahead of Next's router.
import { canonicalSha256 } from "@/lib/server/http/canonical-json";
import { parseWith } from "@/lib/server/http/parse-body";
import { withRelayKey } from "@/lib/server/http/with-relay-key";
import { ingestAlertEvent } from "./mutations";
import { alertEventSchema } from "./schema";

export const INTAKE_PATH = "/api/v1/alerts";

export const intake = withRelayKey(async ({ keyId, body }) => {
  const event = parseWith(alertEventSchema, body);
  // Hashed after the schema passed: the schema bounds how deep the body is.
  const result = await ingestAlertEvent({ event, bodySha256: canonicalSha256(body), relayKeyId: keyId });
  return { status: result.result === "duplicate" ? 200 : 202, body: result };
});
