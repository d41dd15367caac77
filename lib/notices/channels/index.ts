// The channels the environment turns on: SMS always (its transport logs when
// none is configured), e-mail with SMTP_URL or outside production, Web Push
// with both VAPID keys.
import { env } from "@/lib/env";
import { logEmailChannel, smtpChannel } from "./email";
import { pushChannel } from "./push";
import { smsChannel } from "./sms";
import type { NoticeChannels } from "./types";

let configured: NoticeChannels | undefined;

/** The VAPID keys, or null when push is off. */
export const vapidSettings = () => {
  const { VAPID_PUBLIC_KEY, VAPID_PRIVATE_KEY, VAPID_SUBJECT } = env();
  return VAPID_PUBLIC_KEY && VAPID_PRIVATE_KEY ? { publicKey: VAPID_PUBLIC_KEY, privateKey: VAPID_PRIVATE_KEY, subject: VAPID_SUBJECT } : null;
};

/** Whether e-mail notices can go out at all (enqueue skips the channel when not). */
export const emailEnabled = () => Boolean(env().SMTP_URL) || env().NODE_ENV !== "production";

export const getNoticeChannels = (): NoticeChannels => {
  if (configured) return configured;
  const settings = env();
  const vapid = vapidSettings();
  configured = {
    SMS: smsChannel(),
    EMAIL: settings.SMTP_URL ? smtpChannel({ url: settings.SMTP_URL, from: settings.SMTP_FROM }) : emailEnabled() ? logEmailChannel() : null,
    PUSH: vapid ? pushChannel(vapid) : null,
  };
  return configured;
};
