// The monthly summary per consulate: cases opened, detentions confirmed,
// outcomes by kind and the median days from alert to outcome, for the
// consulates this scope may see. Months are counted in each consulate's own
// time zone. One SQL statement per figure family, grouped by consulate.
import "server-only";
import { db } from "@/lib/server/db";
import type { StaffScope } from "@/lib/server/auth/scope";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CaseOutcome } from "@/lib/generated/prisma/enums";

const consulateWhere = (scope: StaffScope): Prisma.ConsulateWhereInput => {
  switch (scope.role) {
    case "ADMIN":
      return {};
    case "SUPERVISOR":
      return scope.regionId ? { regionId: scope.regionId } : { id: { in: [] } };
    case "OFFICER":
    case "LEGAL_AID":
      return scope.consulateId ? { id: scope.consulateId } : { id: { in: [] } };
  }
};

export type MonthlySummaryRow = {
  consulateCode: string;
  consulateName: string;
  opened: number;
  detentionsConfirmed: number;
  outcomes: Partial<Record<CaseOutcome, number>>;
  closed: number;
  medianDaysToOutcome: number | null;
};

type Counted = { consulate_id: string; n: bigint };

/** `month` is "YYYY-MM". */
export const getMonthlySummary = async (scope: StaffScope, month: string): Promise<MonthlySummaryRow[]> => {
  const consulates = await db.consulate.findMany({ where: consulateWhere(scope), select: { id: true, code: true, name: true }, orderBy: { code: "asc" } });
  const ids = consulates.map((c) => c.id);
  if (ids.length === 0) return [];
  const start = `${month}-01 00:00:00`;
  // The month's bounds in each consulate's zone: [start, start + 1 month).
  const inMonth = (column: Prisma.Sql) => Prisma.sql`
    ${column} >= (${start}::timestamp AT TIME ZONE co."time_zone")
    AND ${column} < ((${start}::timestamp + interval '1 month') AT TIME ZONE co."time_zone")`;
  const [opened, confirmed, outcomes, medians] = await Promise.all([
    db.$queryRaw<Counted[]>`
      SELECT c."consulate_id", count(*) AS n FROM "cases" c JOIN "consulates" co ON co."id" = c."consulate_id"
      WHERE c."consulate_id" = ANY(${ids}::uuid[]) AND ${inMonth(Prisma.sql`c."alert_at"`)}
      GROUP BY c."consulate_id"`,
    // Counted for the consulate that holds the case now: a transfer carries its history.
    db.$queryRaw<Counted[]>`
      SELECT c."consulate_id", count(DISTINCT c."id") AS n
      FROM "case_timeline" t JOIN "cases" c ON c."id" = t."case_id" JOIN "consulates" co ON co."id" = c."consulate_id"
      WHERE c."consulate_id" = ANY(${ids}::uuid[]) AND t."kind" = 'STATUS_CHANGED' AND t."data"->>'to' = 'DETENTION_CONFIRMED'
        AND ${inMonth(Prisma.sql`t."created_at"`)}
      GROUP BY c."consulate_id"`,
    db.$queryRaw<(Counted & { outcome: CaseOutcome })[]>`
      SELECT c."consulate_id", c."outcome", count(*) AS n FROM "cases" c JOIN "consulates" co ON co."id" = c."consulate_id"
      WHERE c."consulate_id" = ANY(${ids}::uuid[]) AND c."status" = 'CLOSED' AND ${inMonth(Prisma.sql`c."closed_at"`)}
      GROUP BY c."consulate_id", c."outcome"`,
    db.$queryRaw<{ consulate_id: string; median: number | null }[]>`
      SELECT c."consulate_id",
        percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM c."closed_at" - c."alert_at") / 86400.0) AS median
      FROM "cases" c JOIN "consulates" co ON co."id" = c."consulate_id"
      WHERE c."consulate_id" = ANY(${ids}::uuid[]) AND c."status" = 'CLOSED' AND ${inMonth(Prisma.sql`c."closed_at"`)}
      GROUP BY c."consulate_id"`,
  ]);
  const count = (rows: Counted[], id: string) => Number(rows.find((r) => r.consulate_id === id)?.n ?? 0);
  return consulates.map((c) => {
    const mine = outcomes.filter((o) => o.consulate_id === c.id);
    const median = medians.find((m) => m.consulate_id === c.id)?.median;
    return {
      consulateCode: c.code,
      consulateName: c.name,
      opened: count(opened, c.id),
      detentionsConfirmed: count(confirmed, c.id),
      outcomes: Object.fromEntries(mine.map((o) => [o.outcome, Number(o.n)])),
      closed: mine.reduce((sum, o) => sum + Number(o.n), 0),
      medianDaysToOutcome: median == null ? null : Math.round(Number(median) * 10) / 10,
    };
  });
};
