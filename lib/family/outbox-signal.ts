// Lets an approval nudge the running outbox sender instead of waiting for its
// next poll (lib/server/polling-loop.ts).
import { wakeSignal } from "@/lib/server/polling-loop";

export const familyOutboxSignal = wakeSignal("family-outbox");

export const wakeOutbox = familyOutboxSignal.wake;
