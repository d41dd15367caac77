// The work that runs beside the web server: one job worker for the queues the
// domains registered (legal-aid reminders), and the loops they registered (the
// family-message outbox). All poll PostgreSQL and claim with SKIP LOCKED, so
// several instances, or a restarted one, share the work without doubling it.
import "server-only";
import type { JobHandler } from "./jobs/queue";
import { startWorker } from "./jobs/worker";
import { registration } from "./registration";

/** A loop of a domain's own, started with the poll interval; stop() waits for the work in hand. */
export type BackgroundLoop = (options: { intervalMs: number }) => { stop: () => Promise<void> };

export type BackgroundWork = {
  /** Handlers by queue name, for the job worker. */
  jobs: Record<string, JobHandler>;
  loops: BackgroundLoop[];
};

const work = registration<BackgroundWork>("background work");
export const registerBackgroundWork = work.register;

export const startBackgroundWork = ({ intervalMs = 5_000 }: { intervalMs?: number } = {}) => {
  const { jobs, loops } = work.get();
  const running = [startWorker({ handlers: jobs, intervalMs }), ...loops.map((start) => start({ intervalMs }))];
  return {
    stop: async () => {
      await Promise.all(running.map((each) => each.stop()));
    },
  };
};
