// `npm run retention -- run [--dry-run]`: the nightly run by hand, one
// transaction per batch like the job, then the run's audit entry. A dry run
// only counts what a run would do.
import "server-only";
import { db } from "@/lib/server/db";
import { previewRetention, recordRunFinished, retentionStep, type RetentionPreview, type RunTotals } from "./run";

export const runRetentionNow = async ({ dryRun = false, now = new Date() }: { dryRun?: boolean; now?: Date } = {}): Promise<
  { dryRun: true; preview: RetentionPreview } | { dryRun: false; totals: RunTotals }
> => {
  if (dryRun) return { dryRun: true, preview: await db.$transaction((tx) => previewRetention(tx, { now })) };
  const totals: RunTotals = { coarsened: 0, purged: 0 };
  for (;;) {
    const step = await db.$transaction((tx) => retentionStep(tx, { now }), { timeout: 120_000 });
    if (step.phase === "done") break;
    if (step.phase === "coarsen") totals.coarsened += step.caseIds.length;
    else totals.purged += step.caseIds.length;
  }
  await db.$transaction((tx) => recordRunFinished(tx, { totals, startedAt: now, finishedAt: new Date() }));
  return { dryRun: false, totals };
};
