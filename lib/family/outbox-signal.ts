// Lets an approval nudge the running outbox sender instead of waiting for its
// next poll. In memory and optional: the poll alone is enough for correctness.
const holder = globalThis as unknown as { amparoOutboxWake?: () => void };

export const onOutboxWake = (wake: (() => void) | undefined) => {
  holder.amparoOutboxWake = wake;
};

export const wakeOutbox = () => holder.amparoOutboxWake?.();
