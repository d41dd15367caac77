// Lets the intake nudge the running detection loop after it publishes a
// panic, instead of waiting for the next poll. On globalThis, so Next's copy
// of the intake reaches the loop server.ts started; in memory and optional:
// the poll alone is enough for correctness.
const holder = globalThis as unknown as { amparoIncidentWake?: () => void };

export const onIncidentWake = (wake: (() => void) | undefined) => {
  holder.amparoIncidentWake = wake;
};

export const wakeIncidentDetection = () => holder.amparoIncidentWake?.();
