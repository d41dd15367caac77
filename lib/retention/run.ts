// The retention run: which ended cases are due, and one batch of work per
// transaction, each audited in that same transaction (actor: the system). The
// nightly job (job.ts) and `npm run retention` both step through it, so a
// crash between batches loses only the batch in hand, which the next step
// finds again. Never a case under legal hold, never one that is not ended;
// every case due for its purge is coarsened by it first.
import "server-only";
import { recordAudit } from "@/lib/server/audit";
import type { Tx } from "@/lib/server/db";
import { allowMaintenance, coarsenCases, purgeCases } from "./erase";

export const RETENTION_BATCH = 500;

type Phase = "coarsen" | "purge";

// Cases of a class whose days (of this phase) have passed since closed_at.
// FOR UPDATE: a legal hold placed meanwhile waits, and a case it held is then skipped.
const dueCaseIds = async (tx: Tx, { phase, now, limit }: { phase: Phase; now: Date; limit: number }) => {
  const rows =
    phase === "coarsen"
      ? await tx.$queryRaw<{ id: string }[]>`
          SELECT c."id"::text FROM "cases" c JOIN "retention_policies" p ON p."class"::text = c."status"::text
          WHERE c."status" IN ('RESCINDED', 'NOT_DETAINED', 'CLOSED') AND c."closed_at" IS NOT NULL
            AND c."purged_at" IS NULL AND c."coarsened_at" IS NULL AND c."legal_hold_at" IS NULL
            AND p."coarsen_after_days" IS NOT NULL AND c."closed_at" <= ${now}::timestamptz - make_interval(days => p."coarsen_after_days")
          ORDER BY c."closed_at", c."id" LIMIT ${limit} FOR UPDATE OF c SKIP LOCKED`
      : await tx.$queryRaw<{ id: string }[]>`
          SELECT c."id"::text FROM "cases" c JOIN "retention_policies" p ON p."class"::text = c."status"::text
          WHERE c."status" IN ('RESCINDED', 'NOT_DETAINED', 'CLOSED') AND c."closed_at" IS NOT NULL
            AND c."purged_at" IS NULL AND c."legal_hold_at" IS NULL
            AND p."purge_after_days" IS NOT NULL AND c."closed_at" <= ${now}::timestamptz - make_interval(days => p."purge_after_days")
          ORDER BY c."closed_at", c."id" LIMIT ${limit} FOR UPDATE OF c SKIP LOCKED`;
  return rows.map((r) => r.id);
};

export type StepResult = { phase: Phase | "done"; caseIds: string[] };

/**
 * One batch: coarsens the due cases first, then purges; "done" when neither
 * finds any. Inside the caller's transaction, which it opens to maintenance.
 */
export const retentionStep = async (tx: Tx, { now, batch = RETENTION_BATCH }: { now: Date; batch?: number }): Promise<StepResult> => {
  for (const phase of ["coarsen", "purge"] as const) {
    const caseIds = await dueCaseIds(tx, { phase, now, limit: batch });
    if (caseIds.length === 0) continue;
    await allowMaintenance(tx);
    const changed = phase === "coarsen" ? await coarsenCases(tx, caseIds) : await purgeCases(tx, caseIds);
    await recordAudit({ action: `retention.${phase}`, actorUserId: null, targetType: "cases", data: { caseIds, count: changed, at: now.toISOString() } }, tx);
    return { phase, caseIds };
  }
  return { phase: "done", caseIds: [] };
};

export type RunTotals = { coarsened: number; purged: number };

/** The end of a run, for the admin screen's "last run". */
export const recordRunFinished = (tx: Tx, { totals, startedAt, finishedAt }: { totals: RunTotals; startedAt: Date; finishedAt: Date }) =>
  recordAudit(
    {
      action: "retention.run",
      actorUserId: null,
      targetType: "retention",
      data: { coarsened: totals.coarsened, purged: totals.purged, startedAt: startedAt.toISOString(), finishedAt: finishedAt.toISOString() },
    },
    tx,
  );

export type RetentionPreview = { coarsen: number; purge: number; held: number };

/** What the next run would do, and how many ended cases a hold keeps (the admin screen, a dry run). */
export const previewRetention = async (tx: Tx, { now }: { now: Date }): Promise<RetentionPreview> => {
  const [row] = await tx.$queryRaw<{ coarsen: bigint; purge: bigint; held: bigint }[]>`
    SELECT
      count(*) FILTER (WHERE c."legal_hold_at" IS NULL AND c."coarsened_at" IS NULL AND p."coarsen_after_days" IS NOT NULL
        AND c."closed_at" <= ${now}::timestamptz - make_interval(days => p."coarsen_after_days")) AS coarsen,
      count(*) FILTER (WHERE c."legal_hold_at" IS NULL AND p."purge_after_days" IS NOT NULL
        AND c."closed_at" <= ${now}::timestamptz - make_interval(days => p."purge_after_days")) AS purge,
      count(*) FILTER (WHERE c."legal_hold_at" IS NOT NULL) AS held
    FROM "cases" c JOIN "retention_policies" p ON p."class"::text = c."status"::text
    WHERE c."status" IN ('RESCINDED', 'NOT_DETAINED', 'CLOSED') AND c."closed_at" IS NOT NULL AND c."purged_at" IS NULL`;
  return { coarsen: Number(row?.coarsen ?? 0), purge: Number(row?.purge ?? 0), held: Number(row?.held ?? 0) };
};
