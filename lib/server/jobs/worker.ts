// A polling loop over the job queue: drains every due job, then sleeps. Many
// loops (instances, or a restarted one) may run at once: SKIP LOCKED keeps
// them apart. stop() waits for the job in hand.
import "server-only";
import { purgeFinishedJobs, runOneJob, type JobHandler } from "./queue";
import { errorMessage, log } from "@/lib/server/log";

const PURGE_EVERY_MS = 60 * 60 * 1000;

export type Worker = { stop: () => Promise<void>; drain: () => Promise<number> };

export const startWorker = ({
  handlers,
  intervalMs = 5_000,
  maxPerTick = 100,
}: {
  handlers: Record<string, JobHandler>;
  intervalMs?: number;
  maxPerTick?: number;
}): Worker => {
  let stopped = false;
  let running: Promise<number> = Promise.resolve(0);
  let timer: NodeJS.Timeout | undefined;
  let purgedAt = Date.now();

  const drain = async () => {
    if (Date.now() - purgedAt > PURGE_EVERY_MS) {
      purgedAt = Date.now();
      await purgeFinishedJobs();
    }
    let ran = 0;
    while (!stopped && ran < maxPerTick) {
      const result = await runOneJob(handlers);
      if (result === "idle") break;
      ran++;
    }
    return ran;
  };

  const tick = () => {
    running = drain()
      .catch((error) => {
        log("jobs").error({ error: errorMessage(error) }, "job worker tick failed");
        return 0;
      })
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, intervalMs);
      });
  };
  timer = setTimeout(tick, 0);

  return {
    drain: () => (running = running.then(drain)),
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
};
