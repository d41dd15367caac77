// Web Push: web-push encrypts the payload (aes128gcm) for the browser's keys
// and signs a VAPID header; the request itself goes out with fetch, so that
// its answer is read here: 404 or 410 means the browser dropped the
// subscription, which is marked gone and never tried again.
import webPush from "web-push";
import { NoticeSendError, type ChannelSend } from "./types";

export type Vapid = { publicKey: string; privateKey: string; subject: string };

/** The subscription the push service no longer knows. */
export class PushGoneError extends NoticeSendError {
  constructor(status: number) {
    super("gone", `push service answered ${status}`, false);
  }
}

export const pushChannel =
  (vapid: Vapid, fetchImpl: typeof fetch = fetch): ChannelSend =>
  async ({ push }, { subject, text, url, tag }) => {
    if (!push) throw new NoticeSendError("no_address", "no push subscription", false);
    const payload = JSON.stringify({ title: subject, body: text, url, tag });
    const details = webPush.generateRequestDetails({ endpoint: push.endpoint, keys: { p256dh: push.p256dh, auth: push.auth } }, payload, {
      vapidDetails: vapid,
      TTL: 60 * 60,
      urgency: "high",
      contentEncoding: "aes128gcm",
    });
    let response: Response;
    try {
      response = await fetchImpl(details.endpoint, {
        method: details.method,
        headers: details.headers as Record<string, string>,
        body: details.body ? new Uint8Array(details.body) : undefined,
        signal: AbortSignal.timeout(15_000),
      });
    } catch (error) {
      throw new NoticeSendError("unreachable", (error as Error).message ?? "push service unreachable", true);
    }
    if (response.ok) return;
    if (response.status === 404 || response.status === 410) throw new PushGoneError(response.status);
    const retryable = response.status === 429 || response.status >= 500;
    throw new NoticeSendError("rejected", `push service answered ${response.status}`, retryable);
  };
