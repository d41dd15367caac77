// Keeps the next night's retention run on the queue whatever happened to the
// last one (a night whose first batch failed for good schedules nothing):
// each instance checks every hour, and a key already there (pending or done)
// is left alone, so this never makes a night run twice.
import "server-only";
import { db } from "@/lib/server/db";
import { startPollingLoop } from "@/lib/server/polling-loop";
import { nextRunAt, RETENTION_QUEUE, retentionJobKey } from "./job";

const HOUR_MS = 60 * 60 * 1000;

/** Inserts the job of the next night at 03:00 UTC unless its key exists; true when it did. */
export const ensureNextNight = async (now = new Date()) => {
  const runAt = nextRunAt(now);
  const night = runAt.toISOString().slice(0, 10);
  const inserted = await db.$executeRaw`
    INSERT INTO "jobs" ("queue", "singleton_key", "payload", "run_at")
    VALUES (${RETENTION_QUEUE}, ${retentionJobKey(night, 0)}, ${JSON.stringify({ night, batch: 0, coarsened: 0, purged: 0 })}::jsonb, ${runAt})
    ON CONFLICT ("singleton_key") DO NOTHING`;
  return inserted > 0;
};

export const startRetentionScheduler = ({ intervalMs }: { intervalMs: number }) =>
  startPollingLoop({
    name: "retention schedule",
    intervalMs: Math.max(intervalMs, HOUR_MS),
    runBatch: async () => {
      await ensureNextNight();
      return 0;
    },
  });
