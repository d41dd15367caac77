// The nightly retention job, on the durable job queue (lib/server/jobs). One
// job per night and batch, keyed `retention:<night>:<batch>`: a key is
// scheduled once, so two instances never run a night twice, and a restart
// finds the pending one in the table. Each job does one batch (run.ts) and
// schedules the next batch at once, or, when nothing is due, records the run.
// The night's first batch schedules the next night at 03:00 UTC (the
// migration schedules the first night).
import "server-only";
import { scheduleJob, type JobHandler } from "@/lib/server/jobs/queue";
import type { Tx } from "@/lib/server/db";
import { recordRunFinished, retentionStep } from "./run";

export const RETENTION_QUEUE = "retention";
export const RETENTION_HOUR_UTC = 3;

type NightPayload = { night: string; batch: number; coarsened: number; purged: number; startedAt?: string };

const dayString = (date: Date) => date.toISOString().slice(0, 10);

/** The next 03:00 UTC strictly after `now`. */
export const nextRunAt = (now: Date) => {
  const at = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), RETENTION_HOUR_UTC));
  if (at <= now) at.setUTCDate(at.getUTCDate() + 1);
  return at;
};

export const retentionJobKey = (night: string, batch: number) => `retention:${night}:${batch}`;

const scheduleNight = (tx: Tx, runAt: Date) => {
  const night = dayString(runAt);
  return scheduleJob(tx, {
    queue: RETENTION_QUEUE,
    key: retentionJobKey(night, 0),
    runAt,
    payload: { night, batch: 0, coarsened: 0, purged: 0 } satisfies NightPayload,
  });
};

const readPayload = (payload: Record<string, unknown>): NightPayload => ({
  night: String(payload.night ?? ""),
  batch: Number(payload.batch ?? 0),
  coarsened: Number(payload.coarsened ?? 0),
  purged: Number(payload.purged ?? 0),
  startedAt: typeof payload.startedAt === "string" ? payload.startedAt : undefined,
});

export const fireRetention: JobHandler = async (tx, raw, context) => {
  const now = context?.now ?? new Date();
  const payload = readPayload(raw);
  const startedAt = payload.startedAt ?? now.toISOString();
  // The next night first: a batch that keeps failing ends this night's chain, never the nights after.
  if (payload.batch === 0) await scheduleNight(tx, nextRunAt(now));
  const step = await retentionStep(tx, { now });
  if (step.phase === "done") {
    await recordRunFinished(tx, { totals: payload, startedAt: new Date(startedAt), finishedAt: now });
    return null;
  }
  const next: NightPayload = {
    night: payload.night,
    batch: payload.batch + 1,
    coarsened: payload.coarsened + (step.phase === "coarsen" ? step.caseIds.length : 0),
    purged: payload.purged + (step.phase === "purge" ? step.caseIds.length : 0),
    startedAt,
  };
  await scheduleJob(tx, { queue: RETENTION_QUEUE, key: retentionJobKey(payload.night, next.batch), runAt: now, payload: next });
  return null;
};
