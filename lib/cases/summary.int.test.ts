// A case's summary is built in two places: by PostgreSQL (the case_summaries
// view: a queue page, the intake's publish) and from Prisma's rows
// (lib/cases/summary.ts: the case page, the case writes). Officers must see
// the same case whichever built it.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { keyring } from "@/lib/privacy/keys-data";
import { sealLocation } from "@/lib/privacy/intake-seal";
import { openCaseSummary, type StoredCaseSummary } from "./summary-open";
import { caseSummarySelect, toCaseSummary } from "./summary";
import { createCaseAt, createStaff, ensureNetwork } from "@/lib/server/testing/fixtures";

const bothWays = async (caseId: string) => {
  const ring = await keyring();
  const [row] = await db.$queryRaw<{ summary: StoredCaseSummary }[]>`SELECT summary FROM case_summaries WHERE id = ${caseId}::uuid`;
  const fromPrisma = toCaseSummary(ring, await db.case.findUniqueOrThrow({ where: { id: caseId }, select: caseSummarySelect }));
  return { fromSql: openCaseSummary(ring, row.summary), fromPrisma };
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
    const lastLocation = sealLocation(await keyring(), { lat: 29.76, lng: -95.37, accuracyM: 12.5 });
    await db.case.update({ where: { id: cases[1].id }, data: { contactedAt: new Date(), lastLocation, pressCount: 3, pressedAgain: true, priority: "CRITICAL" } });
    for (const { id } of cases) {
      const { fromSql, fromPrisma } = await bothWays(id);
      expect(fromSql).toEqual(fromPrisma);
    }
  });
});
