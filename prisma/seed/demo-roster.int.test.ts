// The demo roster: LAX and HOU have someone on duty at every hour of a week,
// in their own zones, through a DST change; a second seed adds nothing. A
// database of its own: the demo data must not mix with other files'.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDatabase, type ScratchDatabase } from "@/lib/server/testing/database";
import { migrate } from "@/lib/server/migrate";

let scratch: ScratchDatabase;

beforeAll(async () => {
  scratch = await createScratchDatabase("amparo_seed");
  await migrate({ databaseUrl: scratch.url });
  process.env.DATABASE_URL = scratch.url;
  const { seed } = await import("./seed");
  await seed({ demo: true, log: () => undefined });
}, 120_000);

afterAll(async () => {
  const { disconnectDb } = await import("@/lib/server/db");
  await disconnectDb();
  await scratch?.drop();
});

describe("[ESCALATION] the demo roster", () => {
  it("has someone on duty at LAX and HOU every quarter hour of a week spanning a DST change", async () => {
    const { db } = await import("@/lib/server/db");
    const { onDutyUserIds } = await import("@/lib/duty/on-duty");
    const consulates = await db.consulate.findMany({ where: { code: { in: ["LAX", "HOU"] } }, select: { id: true, code: true } });
    expect(consulates).toHaveLength(2);
    const uncovered: string[] = [];
    // From Friday 30 Oct 2026 to Friday 6 Nov 2026: clocks fall back on Sunday 1 Nov.
    for (let at = Date.parse("2026-10-30T00:00:00Z"); at < Date.parse("2026-11-06T00:00:00Z"); at += 15 * 60_000) {
      for (const c of consulates) {
        if ((await onDutyUserIds(db, { consulateId: c.id, at: new Date(at) })).length === 0) uncovered.push(`${c.code} ${new Date(at).toISOString()}`);
      }
    }
    expect(uncovered).toEqual([]);
  });

  it("adds nothing when seeded again", async () => {
    const { db } = await import("@/lib/server/db");
    const before = await db.dutyShift.count();
    expect(before).toBe(21);
    const { seed } = await import("./seed");
    await seed({ demo: true, log: () => undefined });
    expect(await db.dutyShift.count()).toBe(before);
  });
});
