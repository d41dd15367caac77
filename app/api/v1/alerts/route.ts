// POST /api/v1/alerts: the relay's intake (../shared/ALERT_API.md).
import { alertEventSchema } from "@/lib/alerts/schema";
import { ingestAlertEvent } from "@/lib/alerts/mutations";
import { AppError } from "@/lib/server/errors";
import { json } from "@/lib/server/http/responses";
import { withRelayKey } from "@/lib/server/http/with-relay-key";

export const dynamic = "force-dynamic";

export const POST = withRelayKey(async ({ keyId, body, bodySha256 }) => {
  const parsed = alertEventSchema.safeParse(body);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
    throw new AppError("invalid_body", "invalid_body", { issues });
  }
  const result = await ingestAlertEvent({ event: parsed.data, bodySha256, relayKeyId: keyId });
  return json(result, result.result === "duplicate" ? 200 : 202);
});
