// The outbox: approved family messages, sent by a polling sender. A sender
// claims a batch in one statement (FOR UPDATE SKIP LOCKED, status SENDING with
// a lease), so two senders never take the same message; each message then goes
// to the transport once, with its id as the idempotency key, and its result is
// recorded on the timeline. A failure returns it to APPROVED with a backoff,
// up to MAX_ATTEMPTS; a lease that expires (the sender died mid-send) makes it
// claimable again, with the same idempotency key.
import "server-only";
import { db } from "@/lib/server/db";
import { publishCaseChange } from "@/lib/cases/publish";
import { addTimeline } from "@/lib/cases/timeline";
import { keyring } from "@/lib/privacy/keys-data";
import { startPollingLoop } from "@/lib/server/polling-loop";
import { familyOutboxSignal } from "./outbox-signal";
import { SmsSendError, getSmsTransport, type SmsTransport } from "./transport";

export const MAX_ATTEMPTS = 5;
const LEASE_SECONDS = 60;
export const retryDelaySeconds = (attempts: number) => Math.min(3600, 30 * 2 ** (attempts - 1));

// phone and body as stored: sealed, opened only to hand them to the transport.
type Claimed = { id: string; case_id: string; phone: string; body: string; attempts: number };

const claimBatch = (limit: number) =>
  db.$queryRaw<Claimed[]>`
    UPDATE "family_messages" SET "status" = 'SENDING', "attempts" = "attempts" + 1,
      "locked_until" = now() + make_interval(secs => ${LEASE_SECONDS}), "updated_at" = now()
    WHERE "id" IN (
      SELECT "id" FROM "family_messages"
      WHERE ("status" = 'APPROVED' AND ("next_attempt_at" IS NULL OR "next_attempt_at" <= now()))
         OR ("status" = 'SENDING' AND "locked_until" < now())
      ORDER BY "approved_at" LIMIT ${limit}
      FOR UPDATE SKIP LOCKED)
    RETURNING "id", "case_id", "phone", "body", "attempts"`;

const recordResult = async (message: Claimed, result: { sent: true; providerMessageId: string } | { sent: false; error: string; final: boolean }) => {
  const status = result.sent ? "SENT" : result.final ? "FAILED" : "RETRYING";
  const ring = await keyring();
  await db.$transaction(async (tx) => {
    const now = new Date();
    // Only the holder of the claim records it (the status is still SENDING).
    const { count } = await tx.familyMessage.updateMany({
      where: { id: message.id, status: "SENDING", attempts: message.attempts },
      data: result.sent
        ? { status: "SENT", sentAt: now, providerMessageId: result.providerMessageId, lockedUntil: null, lastError: null }
        : {
            status: result.final ? "FAILED" : "APPROVED",
            // A provider's error may quote the number: sealed like it.
            lastError: ring.seal(result.error.slice(0, 500)),
            lockedUntil: null,
            nextAttemptAt: result.final ? null : new Date(now.getTime() + retryDelaySeconds(message.attempts) * 1000),
          },
    });
    if (count === 0) return;
    // The provider's error may quote the number: addTimeline seals it.
    await addTimeline(tx, {
      caseId: message.case_id,
      kind: "FAMILY_MESSAGE",
      data: { messageId: message.id, status, attempts: message.attempts, ...(!result.sent && { error: result.error.slice(0, 200) }) },
    });
  });
  await publishCaseChange("case:updated", message.case_id);
};

/** Claims up to `limit` due messages and sends each once. Returns how many were sent and failed. */
export const sendOutboxBatch = async ({ transport = getSmsTransport(), limit = 20 }: { transport?: SmsTransport; limit?: number } = {}) => {
  const claimed = await claimBatch(limit);
  let sent = 0;
  let failed = 0;
  if (claimed.length === 0) return { claimed: 0, sent, failed };
  const ring = await keyring();
  for (const message of claimed) {
    try {
      const { providerMessageId } = await transport.send({ to: ring.open(message.phone), body: ring.open(message.body), idempotencyKey: message.id });
      await recordResult(message, { sent: true, providerMessageId });
      sent++;
    } catch (error) {
      const retryable = !(error instanceof SmsSendError) || error.retryable;
      await recordResult(message, { sent: false, error: (error as Error).message ?? "send failed", final: !retryable || message.attempts >= MAX_ATTEMPTS });
      failed++;
    }
  }
  return { claimed: claimed.length, sent, failed };
};

/** The sender loop started by server.ts; an approval wakes it early. */
export const startOutboxSender = ({ intervalMs = 5_000, transport }: { intervalMs?: number; transport?: SmsTransport } = {}) =>
  startPollingLoop({ name: "outbox", intervalMs, signal: familyOutboxSignal, runBatch: async () => (await sendOutboxBatch({ transport })).claimed });
