// The demo's night (`npm run demo`): its cases' steps are minutes apart and in
// order, so the supervisors' median time to acknowledge is a real figure, not
// 00:00. A database of its own: the demo data must not mix with other files'.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDatabase, type ScratchDatabase } from "@/lib/server/testing/database";
import { migrate } from "@/lib/server/migrate";

let scratch: ScratchDatabase;

beforeAll(async () => {
  scratch = await createScratchDatabase("amparo_seed");
  await migrate({ databaseUrl: scratch.url });
  // Before anything opens the pool (lib/server/db.ts creates it on first use).
  process.env.DATABASE_URL = scratch.url;
  const { seed } = await import("./seed");
  await seed({ demo: true, night: true, log: () => undefined });
}, 120_000);

afterAll(async () => {
  const { disconnectDb } = await import("@/lib/server/db");
  await disconnectDb();
  await scratch?.drop();
});

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

describe("[SEED] the demo's night", () => {
  it("spreads the alerts over the last hours and each case's steps minutes apart, in order", async () => {
    const { db } = await import("@/lib/server/db");
    const cases = await db.case.findMany({
      select: { number: true, alertAt: true, acknowledgedAt: true, contactedAt: true, closedAt: true, timeline: { select: { kind: true, createdAt: true }, orderBy: { id: "asc" } } },
    });
    expect(cases.length).toBeGreaterThanOrEqual(6);
    const alertTimes = cases.map((c) => c.alertAt.getTime());
    expect(Math.max(...alertTimes) - Math.min(...alertTimes)).toBeGreaterThan(2 * 3_600_000);
    for (const c of cases) {
      const times = c.timeline.map((e) => e.createdAt.getTime());
      expect(times, c.number).toEqual([...times].sort((a, b) => a - b));
      expect(times[0], c.number).toBe(c.alertAt.getTime());
      // Each step a person takes is at least a minute after the one before it.
      const steps = c.timeline.filter((e) => e.kind === "STATUS_CHANGED").map((e) => e.createdAt.getTime());
      [c.alertAt.getTime(), ...steps].forEach((t, i, all) => {
        if (i > 0) expect(t - all[i - 1], c.number).toBeGreaterThanOrEqual(60_000);
      });
      const milestones = [c.alertAt, c.acknowledgedAt, c.contactedAt, c.closedAt].filter((d): d is Date => d !== null).map((d) => d.getTime());
      expect(milestones, c.number).toEqual([...milestones].sort((a, b) => a - b));
    }
  });

  it("gives the supervisors a median time to acknowledge of minutes, not zero", async () => {
    const { db } = await import("@/lib/server/db");
    const acknowledged = await db.case.findMany({
      where: { consulate: { code: "LAX" }, acknowledgedAt: { not: null } },
      select: { alertAt: true, acknowledgedAt: true },
    });
    expect(acknowledged.length).toBeGreaterThanOrEqual(3);
    const seconds = median(acknowledged.map((c) => (c.acknowledgedAt!.getTime() - c.alertAt.getTime()) / 1000));
    expect(seconds).toBeGreaterThanOrEqual(60);
    expect(seconds).toBeLessThan(15 * 60);

    // The regional view counts today's acknowledgements only (in Los Angeles's day): zero would be the old seed's 00:00.
    const { getRegionOverview } = await import("@/lib/map/data");
    const { mintScope } = await import("@/lib/server/auth/scope");
    const { getScopeUser } = await import("@/lib/server/auth/users");
    const supervisor = await db.user.findUniqueOrThrow({ where: { email: "supervisor.oeste@amparo.demo" }, select: { id: true } });
    const overview = await getRegionOverview(mintScope((await getScopeUser(supervisor.id))!), "OESTE");
    const lax = overview.consulates.find((c) => c.code === "LAX")!;
    expect(lax.medianAckSecondsToday).not.toBe(0);
  });

  it("is seeded once: a second run adds no case", async () => {
    const { db } = await import("@/lib/server/db");
    const before = await db.case.count();
    const { seed } = await import("./seed");
    await seed({ demo: true, night: true, log: () => undefined });
    expect(await db.case.count()).toBe(before);
  });
});
