// POST /api/v1/alerts: the relay's intake (../shared/ALERT_API.md).
import { alertEventSchema } from "@/lib/alerts/schema";
import { ingestAlertEvent } from "@/lib/alerts/mutations";
import { canonicalSha256 } from "@/lib/server/http/canonical-json";
import { parseWith } from "@/lib/server/http/parse-body";
import { json } from "@/lib/server/http/responses";
import { withRelayKey } from "@/lib/server/http/with-relay-key";

export const dynamic = "force-dynamic";

export const POST = withRelayKey(async ({ keyId, body }) => {
  const event = parseWith(alertEventSchema, body);
  const result = await ingestAlertEvent({ event, bodySha256: canonicalSha256(body), relayKeyId: keyId });
  return json(result, result.result === "duplicate" ? 200 : 202);
});
