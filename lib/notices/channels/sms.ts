// SMS notices go through the family updates' transport (SMS_TRANSPORT): one
// provider account, one idempotency rule.
import { SmsSendError, getSmsTransport, type SmsTransport } from "@/lib/family/transport";
import { NoticeSendError, type ChannelSend } from "./types";

export const smsChannel =
  (transport: SmsTransport = getSmsTransport()): ChannelSend =>
  async ({ noticeId, phone }, { text, url }) => {
    if (!phone) throw new NoticeSendError("no_address", "no mobile phone", false);
    try {
      await transport.send({ to: phone, body: `${text} ${url}`, idempotencyKey: noticeId });
    } catch (error) {
      if (error instanceof SmsSendError) throw new NoticeSendError(error.retryable ? "unreachable" : "rejected", error.message, error.retryable);
      throw new NoticeSendError("unreachable", (error as Error).message ?? "send failed", true);
    }
  };
