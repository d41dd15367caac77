// The work that runs beside the web server: the job worker (reminders) and
// the family-message outbox. Both poll PostgreSQL and claim with SKIP LOCKED,
// so several instances, or a restarted one, share the work without doubling it.
import "server-only";
import { fireReminder, REMINDER_QUEUE } from "@/lib/legal-aid/reminders";
import { startOutboxSender } from "@/lib/family/outbox";
import { startWorker } from "./jobs/worker";

export const startBackgroundWork = ({ intervalMs = 5_000 }: { intervalMs?: number } = {}) => {
  const worker = startWorker({ handlers: { [REMINDER_QUEUE]: fireReminder }, intervalMs });
  const outbox = startOutboxSender({ intervalMs });
  return {
    stop: async () => {
      await Promise.all([worker.stop(), outbox.stop()]);
    },
  };
};
