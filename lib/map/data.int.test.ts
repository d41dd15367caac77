// The map's reads: exact points only within the caller's scope; the regional
// view aggregated, and only for the supervisor's own region.
import { beforeAll, describe, expect, it } from "vitest";
import { isAppError } from "@/lib/server/errors";
import { createCaseAt, createStaff, ensureNetwork, updatePerson } from "@/lib/server/testing/fixtures";
import { getCaseTrail, getRegionOverview, listMapCases } from "./data";

const OXNARD = { lat: 34.1975, lng: -119.1771 };
const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);

const codeOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
    return "ok";
  } catch (error) {
    if (isAppError(error)) return error.code;
    throw error;
  }
};

beforeAll(ensureNetwork);

describe("[MAP] exact points", () => {
  it("gives an officer the open located cases of their consulate only", async () => {
    const { scope } = await createStaff("OFFICER", { consulate: "OXR" });
    const open = await createCaseAt({ consulate: "OXR", location: OXNARD });
    const ended = await createCaseAt({ consulate: "OXR", status: "NOT_DETAINED", location: OXNARD });
    const elsewhere = await createCaseAt({ consulate: "HOU", location: { lat: 29.76, lng: -95.37 } });
    const ids = (await listMapCases(scope)).map((c) => c.id);
    expect(ids).toContain(open.id);
    expect(ids).not.toContain(ended.id);
    expect(ids).not.toContain(elsewhere.id);
    expect(await getCaseTrail(scope, elsewhere.id)).toBeNull();
  });

  it("gives a supervisor their region's points, with flags, owner and position as stored", async () => {
    const { scope, user } = await createStaff("SUPERVISOR", { region: "OESTE" });
    const mine = await createCaseAt({ consulate: "OXR", duress: true, ownerId: user.id, location: { lat: 34.123456789, lng: -119.1 } });
    const elsewhere = await createCaseAt({ consulate: "HOU", location: { lat: 29.76, lng: -95.37 } });
    const cases = await listMapCases(scope);
    expect(cases.map((c) => c.id)).not.toContain(elsewhere.id);
    expect(cases.find((c) => c.id === mine.id)).toMatchObject({
      number: mine.number,
      status: mine.status,
      priority: mine.priority,
      duress: true,
      pressedAgain: false,
      rescinded: false,
      owned: true,
      ownerId: user.id,
      lat: 34.12346,
      lng: -119.1,
      alertAtMs: mine.alertAt.getTime(),
    });
  });
});

describe("[MAP] the regional view", () => {
  it("counts open and overdue cases, the median time to acknowledge, and flags a raid", async () => {
    const { scope } = await createStaff("SUPERVISOR", { region: "OESTE" });
    const before = (await getRegionOverview(scope, "OESTE")).consulates.find((c) => c.code === "OXR")!;
    await createCaseAt({ consulate: "OXR", alertAt: minutesAgo(20), location: OXNARD }); // new, past the 5-minute target
    await createCaseAt({ consulate: "OXR", status: "ACKNOWLEDGED", alertAt: minutesAgo(3), acknowledgedAt: minutesAgo(1), location: OXNARD });
    const raid = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        createCaseAt({ consulate: "OXR", alertAt: minutesAgo(i * 0.5), location: { lat: 34.21037 + i * 0.00113, lng: -119.19021 } }),
      ),
    );

    // Thirty-six today: born on this UTC day, 36 years ago.
    const today = new Date();
    const born = new Date(Date.UTC(today.getUTCFullYear() - 36, today.getUTCMonth(), today.getUTCDate()));
    await updatePerson(raid[0].personId, { birthDate: born.toISOString().slice(0, 10) });

    const overview = await getRegionOverview(scope, "OESTE");
    expect(overview.region?.code).toBe("OESTE");
    expect(overview.consulates.map((c) => c.code)).toContain("LAX");
    expect(overview.consulates.map((c) => c.code)).not.toContain("HOU");
    const oxr = overview.consulates.find((c) => c.code === "OXR")!;
    expect(oxr.open - before.open).toBe(8);
    expect(oxr.unacknowledgedPastTarget - before.unacknowledgedPastTarget).toBe(1);
    expect(oxr.medianAckSecondsToday).not.toBeNull();
    expect(oxr.alertsPerHour).toHaveLength(24);
    // The eight alerts of the last 20 minutes fall in this hour and, near its start, the one before.
    expect(oxr.alertsPerHour.at(-1)! + oxr.alertsPerHour.at(-2)!).toBeGreaterThanOrEqual(8);
    const spot = overview.hotspots.find((h) => raid.every((r) => h.cases.some((c) => c.id === r.id)));
    expect(spot, "the six alerts within a kilometre and six minutes").toBeDefined();
    // Who and where in words, newest first: the name and age a supervisor's queue and case page show, and the place (town, ZIP, county).
    const first = spot!.cases.find((c) => c.id === raid[0].id)!;
    expect(first).toMatchObject({ personName: "Persona de Prueba", age: 36, county: { name: "Ventura", state: "CA" } });
    expect(first.place).toMatchObject({ kind: "in", region: "CA", country: "US", county: { name: "Ventura", state: "CA" } });
    expect(first.place?.zip).toMatch(/^\d{5}$/);
    expect(spot!.cases.find((c) => c.id === raid[1].id)!.age).toBeNull();
    const times = spot!.cases.map((c) => c.alertAt);
    expect(times).toEqual([...times].sort().reverse());
    // The area and the list of cases, never a case's exact point.
    for (const i of raid.keys()) expect(JSON.stringify(overview)).not.toContain(String(34.21037 + i * 0.00113));
  });

  it("shows a supervisor no other region, and officers and administrators no regional view", async () => {
    const supervisor = await createStaff("SUPERVISOR", { region: "OESTE" });
    const officer = await createStaff("OFFICER", { consulate: "LAX" });
    const admin = await createStaff("ADMIN");
    expect(await codeOf(getRegionOverview(supervisor.scope, "TEXAS"))).toBe("not_found");
    expect(await codeOf(getRegionOverview(supervisor.scope, null))).toBe("not_found");
    expect(await codeOf(getRegionOverview(officer.scope, "OESTE"))).toBe("forbidden");
    expect(await codeOf(getRegionOverview(admin.scope, null))).toBe("forbidden");
    expect(await codeOf(getRegionOverview(admin.scope, "OESTE"))).toBe("forbidden");
  });
});
