// Consulate settings and county reassignment through their routes (the
// session replaced by a scope the test chooses), against the real
// PostgreSQL: who may, what is refused and how, the history, the 409, and
// that the next alert from a reassigned county routes to its new consulate,
// also after a re-seed.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { POST as postAlert } from "@/app/api/v1/alerts/route";
import { panicEvent } from "@/lib/alerts/testing/panic";
import { findCounty } from "@/lib/geo/jurisdiction";
import type { StaffScope } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";
import { createStaff, createTestRelayKey, ensureNetwork, signedRequest } from "@/lib/server/testing/fixtures";
import { seedNetwork } from "@/prisma/seed/network";

const session = vi.hoisted(() => ({ scope: null as StaffScope | null }));
vi.mock("@/lib/server/auth/session", () => ({ getStaffScope: async () => session.scope }));

const { GET: listConsulates } = await import("@/app/api/v1/admin/consulates/route");
const { PATCH: patchConsulate } = await import("@/app/api/v1/admin/consulates/[id]/route");
const { GET: getCounty, PATCH: patchCounty } = await import("@/app/api/v1/admin/jurisdictions/[fips]/route");

type Staff = Awaited<ReturnType<typeof createStaff>>;
let admin: Staff;
let officer: Staff;
let supervisor: Staff;
let key: Awaited<ReturnType<typeof createTestRelayKey>>;

beforeAll(async () => {
  await ensureNetwork();
  admin = await createStaff("ADMIN");
  officer = await createStaff("OFFICER", { consulate: "LAX" });
  supervisor = await createStaff("SUPERVISOR", { region: "OESTE" });
  key = await createTestRelayKey();
});

const context = <P>(params: P) => ({ params: Promise.resolve(params) });
const send = (method: string, body: unknown) =>
  new Request("http://localhost/api", { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
const consulate = (code: string) => db.consulate.findUniqueOrThrow({ where: { code }, select: { id: true, ackAmberMinutes: true, ackRedMinutes: true, timeZone: true } });
const versionOf = async (id: string) => db.consulateSettingChange.count({ where: { consulateId: id } });

describe("[ADMIN] consulate settings", () => {
  it("refuses every role but the administrator", async () => {
    const prs = await consulate("PRS");
    for (const who of [officer, supervisor]) {
      session.scope = who.scope;
      expect((await listConsulates(new Request("http://localhost/api"), context({}))).status).toBe(403);
      const refused = await patchConsulate(send("PATCH", { version: await versionOf(prs.id), contactPhone: "+14325550100" }), context({ id: prs.id }));
      expect(refused.status).toBe(403);
    }
    session.scope = null;
    expect((await listConsulates(new Request("http://localhost/api"), context({}))).status).toBe(401);
    expect(await versionOf(prs.id)).toBe(await db.consulateSettingChange.count({ where: { consulateId: prs.id } }));
  });

  it("names the field of each bad value and writes nothing", async () => {
    session.scope = admin.scope;
    const prs = await consulate("PRS");
    const version = await versionOf(prs.id);
    const cases: [unknown, string, string][] = [
      [{ ackAmberMinutes: 20, ackRedMinutes: 10 }, "ackRedMinutes", "red_after_amber"],
      [{ ackAmberMinutes: prs.ackRedMinutes }, "ackRedMinutes", "red_after_amber"],
      [{ raidProposeAt: 12, raidOpenAt: 8 }, "raidOpenAt", "open_at_least_propose"],
      [{ timeZone: "America/Atlantis" }, "timeZone", "time_zone"],
      [{ contactPhone: "555-0100" }, "contactPhone", "e164"],
      [{ backupConsulateId: prs.id }, "backupConsulateId", "not_itself"],
      [{ ackAmberMinutes: 0 }, "ackAmberMinutes", "at_least_1"],
      [{ raidRadiusKm: 500 }, "raidRadiusKm", "at_most_50"],
    ];
    for (const [change, path, message] of cases) {
      const response = await patchConsulate(send("PATCH", { version, ...(change as object) }), context({ id: prs.id }));
      expect(response.status, JSON.stringify(change)).toBe(400);
      expect((await response.json()).issues).toEqual([{ path, message }]);
    }
    expect(await versionOf(prs.id)).toBe(version);
    expect(await consulate("PRS")).toEqual(prs);
  });

  it("saves with its history and audit entry, and refuses a save from a stale form with the change that came first", async () => {
    session.scope = admin.scope;
    const prs = await consulate("PRS");
    const version = await versionOf(prs.id);
    const amber = prs.ackAmberMinutes === 6 ? 7 : 6;
    const saved = await patchConsulate(send("PATCH", { version, ackAmberMinutes: amber, ackRedMinutes: 20, contactPhone: "+1 (432) 555-0100" }), context({ id: prs.id }));
    expect(saved.status).toBe(200);
    const body = await saved.json();
    expect(body.version).toBe(version + 1);
    expect(body.change.changedByName).toBe(admin.user.name);
    expect(body.change.changes).toContainEqual({ field: "ackAmberMinutes", from: prs.ackAmberMinutes, to: amber });
    expect(body.change.changes.find((c: { field: string }) => c.field === "contactPhone")).toMatchObject({ to: "+14325550100" });
    expect(await db.consulate.findUniqueOrThrow({ where: { id: prs.id }, select: { ackAmberMinutes: true, contactPhone: true } })).toEqual({ ackAmberMinutes: amber, contactPhone: "+14325550100" });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "consulate.settings.update", targetId: prs.id }, orderBy: { id: "desc" } });
    expect(audit.actorUserId).toBe(admin.user.id);
    expect(audit.data).toMatchObject({ code: "PRS", changeId: body.change.id });

    // A second administrator's form, read before that save.
    const stale = await patchConsulate(send("PATCH", { version, ackAmberMinutes: 9 }), context({ id: prs.id }));
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ error: "conflict", reason: "stale_version", currentVersion: version + 1, change: { id: body.change.id, changedByName: admin.user.name } });
    expect((await consulate("PRS")).ackAmberMinutes).toBe(amber);

    const listed = (await (await listConsulates(new Request("http://localhost/api"), context({}))).json()).consulates.find((c: { code: string }) => c.code === "PRS");
    expect(listed.version).toBe(version + 1);
    expect(listed.history[0].id).toBe(body.change.id);
  });

  it("keeps an administrator's time zone across a re-seed", async () => {
    session.scope = admin.scope;
    const prs = await consulate("PRS");
    const zone = prs.timeZone === "America/Ojinaga" ? "America/Chicago" : "America/Ojinaga";
    const saved = await patchConsulate(send("PATCH", { version: await versionOf(prs.id), timeZone: zone }), context({ id: prs.id }));
    expect(saved.status).toBe(200);
    await seedNetwork(db);
    expect((await consulate("PRS")).timeZone).toBe(zone);
  });
});

// Inyo County, CA: rural, and no other suite's alerts land there.
const INYO = { lat: 36.5, lng: -117.5 };

const alertFrom = async (point: { lat: number; lng: number }) => {
  const now = new Date().toISOString();
  const response = await postAlert(signedRequest({ key, body: panicEvent({ location: { ...point, accuracyM: 30, capturedAt: now } }) }));
  expect(response.status).toBe(202);
  const { caseId } = await response.json();
  return db.case.findUniqueOrThrow({ where: { id: caseId }, select: { id: true, consulate: { select: { id: true, code: true } } } });
};

describe("[ADMIN] jurisdictions", () => {
  it("refuses every role but the administrator, and a reassignment without a reason or to the same consulate", async () => {
    const fips = findCounty(INYO.lat, INYO.lng)!.fips;
    const county = await db.jurisdiction.findUniqueOrThrow({ where: { countyFips: fips } });
    const other = await db.consulate.findFirstOrThrow({ where: { id: { not: county.consulateId } }, select: { id: true } });
    for (const who of [officer, supervisor]) {
      session.scope = who.scope;
      expect((await getCounty(new Request("http://localhost/api"), context({ fips }))).status).toBe(403);
      expect((await patchCounty(send("PATCH", { consulateId: other.id, reason: "Prueba" }), context({ fips }))).status).toBe(403);
    }
    session.scope = admin.scope;
    const noReason = await patchCounty(send("PATCH", { consulateId: other.id, reason: "  " }), context({ fips }));
    expect(noReason.status).toBe(400);
    expect((await noReason.json()).issues).toEqual([{ path: "reason", message: "required" }]);
    const same = await patchCounty(send("PATCH", { consulateId: county.consulateId, reason: "Sin cambio" }), context({ fips }));
    expect(same.status).toBe(400);
    expect((await same.json()).issues).toEqual([{ path: "consulateId", message: "same_consulate" }]);
    expect((await patchCounty(send("PATCH", { consulateId: other.id, reason: "Prueba" }), context({ fips: "99999" }))).status).toBe(404);
    expect(await db.jurisdiction.findUniqueOrThrow({ where: { countyFips: fips } })).toEqual(county);
  });

  it("routes the next alert to the new consulate, survives a re-seed, and moves open cases only when asked", async () => {
    session.scope = admin.scope;
    const fips = findCounty(INYO.lat, INYO.lng)!.fips;
    const before = await alertFrom(INYO);
    const to = await db.consulate.findUniqueOrThrow({ where: { code: before.consulate.code === "FAT" ? "LAS" : "FAT" }, select: { id: true, code: true } });

    const reassigned = await patchCounty(send("PATCH", { consulateId: to.id, reason: "Acuerdo con el consulado vecino" }), context({ fips }));
    expect(reassigned.status).toBe(200);
    expect(await reassigned.json()).toMatchObject({ fromCode: before.consulate.code, toCode: to.code, movedOpenCases: 0 });
    // Open cases stay where they are unless asked.
    expect((await db.case.findUniqueOrThrow({ where: { id: before.id }, select: { consulateId: true } })).consulateId).toBe(before.consulate.id);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "jurisdiction.reassign", targetId: fips }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({ actorUserId: admin.user.id, data: { from: before.consulate.code, to: to.code, movedOpenCases: 0 } });

    const after = await alertFrom(INYO);
    expect(after.consulate.code).toBe(to.code);

    await seedNetwork(db);
    expect((await db.jurisdiction.findUniqueOrThrow({ where: { countyFips: fips }, select: { consulateId: true, reassignedAt: true } })).consulateId).toBe(to.id);
    expect((await alertFrom(INYO)).consulate.code).toBe(to.code);

    const history = await (await getCounty(new Request("http://localhost/api"), context({ fips }))).json();
    expect(history.county.consulateCode).toBe(to.code);
    expect(history.changes[0]).toMatchObject({ fromCode: before.consulate.code, toCode: to.code, reason: "Acuerdo con el consulado vecino", changedByName: admin.user.name });

    // Back, with its open cases this time: those routed by the county at `to` go back; the first stays put.
    const back = await patchCounty(send("PATCH", { consulateId: before.consulate.id, reason: "Devuelto", moveOpenCases: true }), context({ fips }));
    expect(back.status).toBe(200);
    const moved = (await back.json()).movedOpenCases;
    expect(moved).toBeGreaterThanOrEqual(2);
    const movedCase = await db.case.findUniqueOrThrow({ where: { id: after.id }, select: { consulateId: true, ownerId: true, timeline: { where: { kind: "TRANSFER_ACCEPTED" }, select: { data: true, actorUserId: true } } } });
    expect(movedCase.consulateId).toBe(before.consulate.id);
    expect(movedCase.timeline).toEqual([{ actorUserId: admin.user.id, data: { from: to.code, to: before.consulate.code, reason: "Devuelto", jurisdiction: fips } }]);
    expect(await db.case.count({ where: { consulateId: to.id, status: { notIn: ["CLOSED", "RESCINDED", "NOT_DETAINED"] }, timeline: { some: { kind: "ALERT_RECEIVED", data: { path: ["countyFips"], equals: fips } } } } })).toBe(0);
    expect((await db.jurisdictionChange.findFirstOrThrow({ where: { countyFips: fips }, orderBy: { id: "desc" } })).movedOpenCases).toBe(moved);
  });
});
