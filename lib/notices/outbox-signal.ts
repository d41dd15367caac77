// Lets a queued notice wake the running sender instead of waiting for its next poll.
import { wakeSignal } from "@/lib/server/polling-loop";

export const noticeOutboxSignal = wakeSignal("notice-outbox");

export const wakeNoticeSender = noticeOutboxSignal.wake;
