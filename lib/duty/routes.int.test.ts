// The roster's routes behind withStaff (the session replaced by a scope the
// test chooses): who may read and write which consulate's roster, the 400s
// that name the field, the audit trail, and who is on duty now.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { StaffScope } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";
import { createStaff, ensureNetwork } from "@/lib/server/testing/fixtures";
import { startSocketServer } from "@/lib/server/testing/socket-server";
import { waitFor } from "@/lib/server/testing/sockets";

const session = vi.hoisted(() => ({ scope: null as StaffScope | null }));
vi.mock("@/lib/server/auth/session", () => ({ getStaffScope: async () => session.scope }));

const { GET: getRoster } = await import("@/app/api/v1/roster/route");
const { GET: getOnDuty } = await import("@/app/api/v1/roster/on-duty/route");
const { POST: postShift } = await import("@/app/api/v1/roster/shifts/route");
const { DELETE: deleteShift } = await import("@/app/api/v1/roster/shifts/[id]/route");

type Staff = Awaited<ReturnType<typeof createStaff>>;
let supervisorOeste: Staff;
let supervisorTexas: Staff;
let officerLAX: Staff;
let legalLAX: Staff;
let officerHOU: Staff;
let admin: Staff;

beforeAll(async () => {
  await ensureNetwork();
  const houRegion = await db.consulate.findUniqueOrThrow({ where: { code: "HOU" }, select: { region: { select: { code: true } } } });
  [supervisorOeste, supervisorTexas, officerLAX, legalLAX, officerHOU, admin] = await Promise.all([
    createStaff("SUPERVISOR", { region: "OESTE" }),
    createStaff("SUPERVISOR", { region: houRegion.region.code }),
    createStaff("OFFICER", { consulate: "LAX" }),
    createStaff("LEGAL_AID", { consulate: "LAX" }),
    createStaff("OFFICER", { consulate: "HOU" }),
    createStaff("ADMIN"),
  ]);
});

const as = (staff: Staff | null) => {
  session.scope = staff?.scope ?? null;
};
const context = <P>(params: P) => ({ params: Promise.resolve(params) });
const post = (body: unknown) =>
  postShift(new Request("http://localhost/api/v1/roster/shifts", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }), context({}));
const remove = (id: string) => deleteShift(new Request(`http://localhost/api/v1/roster/shifts/${id}`, { method: "DELETE" }), context({ id }));
const read = (query = "") => getRoster(new Request(`http://localhost/api/v1/roster${query}`), context({}));
const onDutyNow = () => getOnDuty(new Request("http://localhost/api/v1/roster/on-duty"), context({}));

const hour = 3_600_000;
const coveringNow = (userId: string, consulateCode = "LAX") => ({
  kind: "ONCE",
  consulateCode,
  userId,
  startsAt: new Date(Date.now() - hour).toISOString(),
  endsAt: new Date(Date.now() + hour).toISOString(),
});

describe("[ESCALATION] roster routes", () => {
  it("lets a supervisor add and remove a shift in their region, audited, and shows who is on duty now", async () => {
    const person = await createStaff("OFFICER", { consulate: "LAX" });
    as(officerLAX);
    const before = (await (await onDutyNow()).json()).consulates;
    expect(before.map((c: { code: string }) => c.code)).toEqual(["LAX"]);
    expect(before[0].people.map((p: { id: string }) => p.id)).not.toContain(person.user.id);

    as(supervisorOeste);
    const created = await post(coveringNow(person.user.id));
    expect(created.status).toBe(201);
    const { shift } = await created.json();
    const weeklyAnswer = await post({ kind: "WEEKLY", consulateCode: "lax", userId: person.user.id, weekday: 5, startsLocal: "22:00", endsLocal: "06:00" });
    expect(weeklyAnswer.status).toBe(201);

    // The officer of LAX reads the roster and who is on duty; the weekly shift keeps its local times.
    as(officerLAX);
    const roster = await (await read()).json();
    expect(roster.consulate).toEqual({ code: "LAX", name: expect.any(String), timeZone: "America/Los_Angeles" });
    expect(roster.canEdit).toBe(false);
    expect(roster.days).toHaveLength(7);
    expect(roster.shifts.filter((s: { userId: string }) => s.userId === person.user.id)).toEqual([
      expect.objectContaining({ kind: "WEEKLY", weekday: 5, startsLocal: "22:00", endsLocal: "06:00", counts: true, startsAt: null }),
      expect.objectContaining({ kind: "ONCE", id: shift.id, weekday: null, startsAt: expect.any(String), startsLocalAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d$/) }),
    ]);
    expect(roster.onDuty.map((p: { id: string }) => p.id)).toContain(person.user.id);
    const laxNow = (await (await onDutyNow()).json()).consulates[0];
    expect(laxNow.people).toContainEqual({ id: person.user.id, name: person.user.name });

    // A supervisor sees each consulate of the region, LAX among them, and not HOU.
    as(supervisorOeste);
    const region = (await (await onDutyNow()).json()).consulates.map((c: { code: string }) => c.code);
    expect(region).toContain("LAX");
    expect(region).not.toContain("HOU");

    const audited = await db.auditLog.findMany({ where: { targetType: "duty_shift", targetId: shift.id }, select: { action: true, actorUserId: true } });
    expect(audited).toEqual([{ action: "duty_shift.created", actorUserId: supervisorOeste.user.id }]);

    as(supervisorOeste);
    expect((await remove(shift.id)).status).toBe(200);
    expect(await db.dutyShift.count({ where: { id: shift.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { targetId: shift.id, action: "duty_shift.deleted" } })).toBe(1);
    expect((await remove(shift.id)).status).toBe(404);
  });

  it("refuses a supervisor of another region: no read, no write, no delete", async () => {
    const laxPerson = await createStaff("OFFICER", { consulate: "LAX" });
    as(supervisorOeste);
    const { shift } = await (await post(coveringNow(laxPerson.user.id))).json();

    as(supervisorTexas);
    expect((await read("?consulate=LAX")).status).toBe(404);
    expect((await post(coveringNow(laxPerson.user.id))).status).toBe(404);
    expect((await remove(shift.id)).status).toBe(404);
    expect(await db.dutyShift.count({ where: { id: shift.id } })).toBe(1);
    // Their own region's consulate is theirs.
    expect((await read("?consulate=HOU")).status).toBe(200);
    as(supervisorOeste);
    expect((await read("?consulate=HOU")).status).toBe(404);
    expect((await post(coveringNow(officerHOU.user.id, "HOU"))).status).toBe(404);
  });

  it("lets officers and legal aid read only their own consulate's roster, and write none", async () => {
    as(officerLAX);
    expect((await read("?consulate=HOU")).status).toBe(404);
    expect((await post(coveringNow(officerLAX.user.id))).status).toBe(403);
    as(legalLAX);
    expect((await read("?consulate=LAX")).status).toBe(200);
    expect((await post(coveringNow(legalLAX.user.id))).status).toBe(403);
    as(supervisorOeste);
    const { shift } = await (await post(coveringNow(legalLAX.user.id))).json();
    as(officerLAX);
    expect((await remove(shift.id)).status).toBe(403);
    // Administrators read no case, and no roster; nobody signed in gets a 401.
    as(admin);
    expect([(await read()).status, (await onDutyNow()).status, (await post(coveringNow(officerLAX.user.id))).status]).toEqual([403, 403, 403]);
    as(null);
    expect([(await read()).status, (await onDutyNow()).status]).toEqual([401, 401]);
  });

  it("answers bad input with a 400 naming the field, and writes nothing", async () => {
    const disabled = await createStaff("OFFICER", { consulate: "LAX" });
    await db.user.update({ where: { id: disabled.user.id }, data: { active: false } });
    as(supervisorOeste);
    const weekly = { kind: "WEEKLY", consulateCode: "LAX", userId: officerLAX.user.id, weekday: 1, startsLocal: "08:00", endsLocal: "16:00" };
    const cases: [unknown, string][] = [
      [{ ...weekly, startsLocal: "25:00" }, "startsLocal"],
      [{ ...weekly, endsLocal: "8:00" }, "endsLocal"],
      [{ ...weekly, weekday: 7 }, "weekday"],
      [{ ...weekly, userId: "nobody" }, "userId"],
      [{ ...weekly, consulateCode: "LA" }, "consulateCode"],
      [{ ...coveringNow(officerLAX.user.id), endsAt: new Date(Date.now() - 2 * hour).toISOString() }, "endsAt"],
      [{ ...coveringNow(officerLAX.user.id), startsAt: "mañana" }, "startsAt"],
      [{ ...weekly, kind: "MONTHLY" }, "kind"],
      // People the shift could not count for: another consulate's officer, a supervisor, a disabled account.
      [{ ...weekly, userId: officerHOU.user.id }, "userId"],
      [{ ...weekly, userId: supervisorOeste.user.id }, "userId"],
      [{ ...weekly, userId: disabled.user.id }, "userId"],
    ];
    const shiftsBefore = await db.dutyShift.count();
    for (const [body, field] of cases) {
      const answer = await post(body);
      const reply = await answer.json();
      expect({ field, status: answer.status, paths: [...new Set(reply.issues?.map((i: { path: string }) => i.path))] }).toEqual({ field, status: 400, paths: [field] });
    }
    expect(await db.dutyShift.count()).toBe(shiftsBefore);
    expect((await read("?week=0000-01-01")).status).toBe(400);
  });

  it("returns the week asked for, with one-off shifts of that week only, on their local dates", async () => {
    const person = await createStaff("LEGAL_AID", { consulate: "LAX" });
    as(supervisorOeste);
    // Tuesday 8 Dec 2026, 23:00 to 02:00 Pacific time.
    await post({ kind: "ONCE", consulateCode: "LAX", userId: person.user.id, startsAt: "2026-12-09T07:00:00Z", endsAt: "2026-12-09T10:00:00Z" });
    const inWeek = await (await read("?consulate=LAX&week=2026-12-10")).json();
    expect(inWeek.days).toEqual(["2026-12-07", "2026-12-08", "2026-12-09", "2026-12-10", "2026-12-11", "2026-12-12", "2026-12-13"]);
    expect(inWeek.shifts.find((s: { userId: string }) => s.userId === person.user.id)).toMatchObject({
      startsLocalAt: "2026-12-08T23:00",
      endsLocalAt: "2026-12-09T02:00",
    });
    const nextWeek = await (await read("?consulate=LAX&week=2026-12-14")).json();
    expect(nextWeek.shifts.some((s: { userId: string }) => s.userId === person.user.id)).toBe(false);
    expect(inWeek.people.map((p: { id: string }) => p.id)).toContain(person.user.id);
  });

  it("tells the consulate's rooms and its region's supervisors live that the roster changed, and nobody else", async () => {
    const server = await startSocketServer();
    try {
      const listeners = { officerLAX, legalLAX, supervisorOeste, officerHOU, supervisorTexas };
      const heard: Record<string, unknown[]> = {};
      for (const [who, staff] of Object.entries(listeners)) {
        heard[who] = [];
        (await server.connectAs(staff.user.id)).on("roster:changed", (change: unknown) => heard[who].push(change));
      }
      const person = await createStaff("OFFICER", { consulate: "LAX" });
      as(supervisorOeste);
      const { shift } = await (await post(coveringNow(person.user.id))).json();
      await waitFor(() => heard.officerLAX.length === 1 && heard.legalLAX.length === 1 && heard.supervisorOeste.length === 1);
      expect((await remove(shift.id)).status).toBe(200);
      await waitFor(() => heard.officerLAX.length === 2);
      // Give a wrongly routed event time to arrive before asserting it did not.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(heard).toEqual({
        officerLAX: [{ consulateCode: "LAX" }, { consulateCode: "LAX" }],
        legalLAX: [{ consulateCode: "LAX" }, { consulateCode: "LAX" }],
        supervisorOeste: [{ consulateCode: "LAX" }, { consulateCode: "LAX" }],
        officerHOU: [],
        supervisorTexas: [],
      });
    } finally {
      await server.close();
    }
  });
});
