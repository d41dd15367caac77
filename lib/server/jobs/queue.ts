// A small durable job queue in PostgreSQL (the `jobs` table). A job is a row
// with a unique singleton key: scheduling the same key again replaces it, so a
// reschedule or a restart never doubles it. A worker claims one due job with
// FOR UPDATE SKIP LOCKED and runs its handler in the same transaction that
// marks it done: a crash rolls both back and the job runs again later; two
// workers never hold the same job. Handlers make their effect idempotent too
// (a unique key on what they write), so even a job run twice acts once.
import "server-only";
import { db, type Tx } from "@/lib/server/db";
import { errorMessage, log } from "@/lib/server/log";

export type JobInput = { queue: string; key: string; runAt: Date; payload: Record<string, unknown> };

/** Schedules (or reschedules) the job with this key, inside the caller's transaction. */
export const scheduleJob = async (tx: Tx, { queue, key, runAt, payload }: JobInput) => {
  await tx.$executeRaw`
    INSERT INTO "jobs" ("queue", "singleton_key", "payload", "run_at")
    VALUES (${queue}, ${key}, ${JSON.stringify(payload)}::jsonb, ${runAt})
    ON CONFLICT ("singleton_key") DO UPDATE SET
      "queue" = EXCLUDED."queue", "payload" = EXCLUDED."payload", "run_at" = EXCLUDED."run_at",
      "state" = 'PENDING', "attempts" = 0, "locked_until" = NULL, "last_error" = NULL, "finished_at" = NULL`;
};

/** Cancels the pending jobs whose key starts with `prefix` (a target's reminders). */
export const cancelJobs = async (tx: Tx, { prefix, except = [] }: { prefix: string; except?: string[] }) => {
  await tx.$executeRaw`
    UPDATE "jobs" SET "state" = 'CANCELLED', "finished_at" = now()
    WHERE "state" = 'PENDING' AND starts_with("singleton_key", ${prefix}) AND NOT ("singleton_key" = ANY(${except}::text[]))`;
};

/** What a handler asks to happen after its transaction commits (a live notice). */
export type AfterCommit = () => void | Promise<void>;
/** What a handler is told besides its payload: the instant it runs at (a test's clock, else the wall clock). */
export type JobContext = { now: Date };
export type JobHandler = (tx: Tx, payload: Record<string, unknown>, context?: JobContext) => Promise<AfterCommit | null>;

type ClaimedJob = { id: bigint; queue: string; payload: Record<string, unknown>; attempts: number };

const MAX_ATTEMPTS = 5;
/**
 * How long one job's transaction may take. Prisma's default (5 s) is too short
 * for a night's retention batch on a busy database: the batch would roll back
 * and fail for good after five tries. A reminder takes milliseconds either way.
 */
export const JOB_TIMEOUT_MS = 120_000;
const backoffSeconds = (attempts: number) => Math.min(3600, 15 * 2 ** attempts);

/**
 * Runs at most one due job of the given queues. Returns "ran", "failed" or
 * "idle" (nothing due), so a loop knows whether to look again at once.
 * `now` replaces the database's clock for what is due and the handler's
 * instant, and `keyPrefix` keeps to one target's jobs: tests move time
 * without waiting for it, and without running other tests' jobs.
 */
export const runOneJob = async (
  handlers: Record<string, JobHandler>,
  { now, keyPrefix }: { now?: Date; keyPrefix?: string } = {},
): Promise<"ran" | "failed" | "idle"> => {
  const queues = Object.keys(handlers);
  let claimed: ClaimedJob | undefined;
  let after: AfterCommit | null = null;
  try {
    await db.$transaction(async (tx) => {
      [claimed] = await tx.$queryRaw<ClaimedJob[]>`
        SELECT "id", "queue", "payload", "attempts" FROM "jobs"
        WHERE "state" = 'PENDING' AND "run_at" <= COALESCE(${now ?? null}::timestamptz, now()) AND "queue" = ANY(${queues}::text[])
          AND (${keyPrefix ?? null}::text IS NULL OR starts_with("singleton_key", ${keyPrefix ?? null}::text))
        ORDER BY "run_at", "id" LIMIT 1 FOR UPDATE SKIP LOCKED`;
      if (!claimed) return;
      after = await handlers[claimed.queue](tx, claimed.payload, { now: now ?? new Date() });
      await tx.$executeRaw`
        UPDATE "jobs" SET "state" = 'DONE', "attempts" = "attempts" + 1, "finished_at" = now() WHERE "id" = ${claimed.id}`;
    }, { timeout: JOB_TIMEOUT_MS });
  } catch (error) {
    if (!claimed) throw error;
    const job: ClaimedJob = claimed;
    const attempts = job.attempts + 1;
    const message = (error as Error)?.message?.slice(0, 500) ?? "error";
    await db.$executeRaw`
      UPDATE "jobs" SET "attempts" = ${attempts}, "last_error" = ${message},
        "state" = ${attempts >= MAX_ATTEMPTS ? "FAILED" : "PENDING"}::"JobState",
        "run_at" = now() + make_interval(secs => ${backoffSeconds(attempts)})
      WHERE "id" = ${job.id} AND "state" = 'PENDING'`;
    log("jobs").error({ queue: job.queue, id: String(job.id), attempts, error: message }, "job failed");
    return "failed";
  }
  if (!claimed) return "idle";
  const effect = after as AfterCommit | null;
  if (effect) await Promise.resolve(effect()).catch((error) => log("jobs").error({ error: errorMessage(error) }, "job after-commit failed"));
  return "ran";
};

/** Drops finished jobs after a while: the reminders they made are the record, not the jobs. */
export const purgeFinishedJobs = ({ olderThanDays = 30 }: { olderThanDays?: number } = {}) =>
  db.$executeRaw`
    DELETE FROM "jobs" WHERE "state" IN ('DONE', 'CANCELLED')
      AND "finished_at" < now() - make_interval(days => ${olderThanDays})`;
