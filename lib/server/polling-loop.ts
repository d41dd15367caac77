// A loop that drains an outbox: it runs batches until one claims nothing,
// then sleeps for the poll interval; a wake (an approval, a queued notice)
// runs it at once instead. Batches never overlap, and stop() waits for the
// one in hand. The wake is in memory and optional: the poll alone is enough
// for correctness, since every batch claims its rows in PostgreSQL.
import "server-only";
import { errorMessage, log } from "./log";

/** A wake-up another module can send after its commit; the running loop listens. */
export const wakeSignal = (name: string) => {
  const key = `amparoWake:${name}`;
  const holder = globalThis as unknown as Record<string, (() => void) | undefined>;
  return {
    listen: (wake: (() => void) | undefined) => {
      holder[key] = wake;
    },
    wake: () => holder[key]?.(),
  };
};

export type WakeSignal = ReturnType<typeof wakeSignal>;

type PollingLoop = {
  /** What the log names when a batch fails. */
  name: string;
  intervalMs: number;
  /** One batch; returns how many rows it claimed (0: nothing is due, sleep). */
  runBatch: () => Promise<number>;
  signal?: WakeSignal;
};

export const startPollingLoop = ({ name, intervalMs, runBatch, signal }: PollingLoop) => {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const tick = () => {
    clearTimeout(timer);
    running = running
      .then(async () => {
        while (!stopped && (await runBatch()) > 0);
      })
      .catch((error) => log("background").error({ loop: name, error: errorMessage(error) }, "loop tick failed"))
      .finally(() => {
        clearTimeout(timer);
        if (!stopped) timer = setTimeout(tick, intervalMs);
      });
  };
  signal?.listen(() => !stopped && tick());
  timer = setTimeout(tick, 0);
  return {
    stop: async () => {
      stopped = true;
      signal?.listen(undefined);
      clearTimeout(timer);
      await running;
    },
  };
};
