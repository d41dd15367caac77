// What the administrators' retention screen reads: each class's schedule with
// who changed it last, the last run (its audit entry) and what the next run
// would do. Administrators only (the page and the route check the area).
import "server-only";
import { db } from "@/lib/server/db";
import { previewRetention, type RetentionPreview } from "./run";
import { RETENTION_CLASSES, type RetentionClassName } from "./schema";

export type RetentionPolicyView = {
  class: RetentionClassName;
  coarsenAfterDays: number | null;
  purgeAfterDays: number | null;
  version: number;
  updatedAt: string;
  updatedByName: string | null;
};

export type RetentionLastRun = { finishedAt: string; coarsened: number; purged: number } | null;

export type RetentionOverview = { policies: RetentionPolicyView[]; lastRun: RetentionLastRun; preview: RetentionPreview };

export const policySelect = {
  class: true,
  coarsenAfterDays: true,
  purgeAfterDays: true,
  version: true,
  updatedAt: true,
  updatedBy: { select: { name: true } },
} as const;

type PolicyRow = { class: RetentionClassName; coarsenAfterDays: number | null; purgeAfterDays: number | null; version: number; updatedAt: Date; updatedBy: { name: string } | null };

export const toPolicyView = (row: PolicyRow): RetentionPolicyView => ({
  class: row.class,
  coarsenAfterDays: row.coarsenAfterDays,
  purgeAfterDays: row.purgeAfterDays,
  version: row.version,
  updatedAt: row.updatedAt.toISOString(),
  updatedByName: row.updatedBy?.name ?? null,
});

export const listRetentionPolicies = async (): Promise<RetentionPolicyView[]> => {
  const rows = await db.retentionPolicy.findMany({ select: policySelect });
  return RETENTION_CLASSES.flatMap((name) => rows.filter((r) => r.class === name).map(toPolicyView));
};

export const getRetentionOverview = async ({ now = new Date() }: { now?: Date } = {}): Promise<RetentionOverview> => {
  const [policies, last, preview] = await Promise.all([
    listRetentionPolicies(),
    db.auditLog.findFirst({ where: { action: "retention.run" }, orderBy: { id: "desc" }, select: { at: true, data: true } }),
    db.$transaction((tx) => previewRetention(tx, { now })),
  ]);
  const data = (last?.data ?? {}) as { coarsened?: number; purged?: number; finishedAt?: string };
  return {
    policies,
    lastRun: last ? { finishedAt: data.finishedAt ?? last.at.toISOString(), coarsened: Number(data.coarsened ?? 0), purged: Number(data.purged ?? 0) } : null,
    preview,
  };
};
