// What a channel is handed, and how it says a send failed. A channel gets the
// address of its own kind and the notice's words, never the case's person.
import type { NoticeChannel } from "@/lib/generated/prisma/enums";

export type PushTarget = { endpoint: string; p256dh: string; auth: string };

export type NoticeRecipient = {
  /** The idempotency key of a provider that honours one. */
  noticeId: string;
  phone: string | null;
  email: string;
  push: PushTarget | null;
};

export type NoticeMessage = { subject: string; text: string; url: string; tag: string };

export type ChannelSend = (recipient: NoticeRecipient, message: NoticeMessage) => Promise<void>;

/** The channels this server sends through; null: the channel is off (no SMTP in production, no VAPID keys). */
export type NoticeChannels = Record<NoticeChannel, ChannelSend | null>;

/** Why a send failed, in the words the case's notice panel shows (notices.error.*). */
export type NoticeErrorCode = "rejected" | "unreachable" | "gone" | "no_address" | "channel_off" | "failed";

export class NoticeSendError extends Error {
  constructor(
    readonly code: NoticeErrorCode,
    detail: string,
    /** false: retrying will not help (a bad address, a subscription that is gone). */
    readonly retryable: boolean,
  ) {
    super(`${code}: ${detail}`);
  }
}
