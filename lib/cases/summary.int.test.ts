// A case's summary is built in two places: by PostgreSQL (the case_summaries
// view: a queue page, the intake's publish) and from Prisma's rows
// (lib/cases/summary.ts: the case page, the case writes). Officers must see
// the same case whichever built it.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import type { CaseSummary } from "./events";
import { caseSummarySelect, toCaseSummary } from "./summary";
import { createCaseAt, createStaff, ensureNetwork } from "@/lib/server/testing/fixtures";

const bothWays = async (caseId: string) => {
  const [row] = await db.$queryRaw<{ summary: CaseSummary }[]>`SELECT summary FROM case_summaries WHERE id = ${caseId}::uuid`;
  const fromPrisma = toCaseSummary(await db.case.findUniqueOrThrow({ where: { id: caseId }, select: caseSummarySelect }));
  return { fromSql: row.summary, fromPrisma };
};

beforeAll(ensureNetwork);

describe("[TRIAGE] the case summary", () => {
  it("is the same from SQL and from Prisma, whatever state the case is in", async () => {
    const { user } = await createStaff("OFFICER", { consulate: "LAX" });
    const cases = await Promise.all([
      createCaseAt({}),
      createCaseAt({ consulate: "HOU", status: "ACKNOWLEDGED", ownerId: user.id, acknowledgedAt: new Date(Date.now() - 61_001), location: { lat: 29.76, lng: -95.37 } }),
      createCaseAt({ status: "CLOSED", ownerId: user.id, duress: true, rescinded: true, location: { lat: 34.05, lng: -118.25 } }),
    ]);
    await db.case.update({ where: { id: cases[1].id }, data: { contactedAt: new Date(), lastAccuracyM: 12.5, pressCount: 3, pressedAgain: true, priority: "CRITICAL" } });
    for (const { id } of cases) {
      const { fromSql, fromPrisma } = await bothWays(id);
      expect(fromSql).toEqual(fromPrisma);
    }
  });
});
