// GET /api/v1/cases page by page against the real PostgreSQL, behind withStaff
// (the session replaced by a scope the test chooses). Each test owns its cases
// through an owner no other test uses, so the shared database's other rows
// stay out of its pages.
import { randomBytes, randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/server/db";
import type { StaffScope } from "@/lib/server/auth/scope";
import type { CasePriority, CaseStatus } from "@/lib/generated/prisma/enums";
import { createCaseAt, createStaff, ensureNetwork, updatePerson } from "@/lib/server/testing/fixtures";
import { compareQueue } from "./filters";
import { transitionCase } from "./mutations";

const session = vi.hoisted(() => ({ scope: null as StaffScope | null }));
vi.mock("@/lib/server/auth/session", () => ({ getStaffScope: async () => session.scope }));

const { GET } = await import("@/app/api/v1/cases/route");

type Staff = Awaited<ReturnType<typeof createStaff>>;
type Row = { id: string; number: string; priority: CasePriority; alertAt: string };
type Body = {
  cases: Row[];
  nextCursor: string | null;
  prevCursor?: string | null;
  offset?: number;
  overdueTasks: Record<string, number>;
  total?: number;
  totalCapped?: boolean;
  counts?: Record<CaseStatus, number>;
};

let laxOfficer: Staff;
let houstonOfficer: Staff;

beforeAll(async () => {
  await ensureNetwork();
  [laxOfficer, houstonOfficer] = await Promise.all([
    createStaff("OFFICER", { consulate: "LAX" }),
    createStaff("OFFICER", { consulate: "HOU" }),
  ]);
});

const get = async (scope: StaffScope, query: string) => {
  session.scope = scope;
  const response = await GET(new Request(`http://localhost/api/v1/cases?${query}`), { params: Promise.resolve({}) });
  return { status: response.status, body: (await response.json()) as Body & { issues?: { path: string }[] } };
};

/** Every page of a query, following nextCursor (from `start` when given). */
const pages = async (scope: StaffScope, query: string, start: string | null = null) => {
  const read: Body[] = [];
  let cursor: string | null = start;
  do {
    const { status, body } = await get(scope, cursor ? `${query}&cursor=${cursor}` : query);
    expect(status).toBe(200);
    read.push(body);
    cursor = body.nextCursor;
  } while (cursor && read.length < 50);
  return read;
};

const ownedCases = async (owner: Staff, specs: { consulate?: string; priority?: CasePriority; alertAt: Date; status?: CaseStatus }[]) => {
  const made: Row[] = [];
  for (const spec of specs) {
    const created = await createCaseAt({ consulate: spec.consulate, status: spec.status ?? "ACKNOWLEDGED", ownerId: owner.user.id, alertAt: spec.alertAt });
    const c = spec.priority ? await db.case.update({ where: { id: created.id }, data: { priority: spec.priority } }) : created;
    made.push({ id: c.id, number: c.number, priority: c.priority, alertAt: c.alertAt.toISOString() });
  }
  return made;
};

describe("[TRIAGE] the queue, page by page", () => {
  it("returns every matching case exactly once, in queue order, even when priority and alert time tie", async () => {
    const owner = await createStaff("OFFICER", { consulate: "LAX" });
    const tie = new Date("2026-11-25T10:00:00.000Z");
    const made = await ownedCases(owner, [
      { alertAt: tie }, { alertAt: tie }, { alertAt: tie }, { alertAt: tie },
      { alertAt: new Date("2026-11-25T09:00:00.000Z") },
      { alertAt: new Date("2026-11-25T11:00:00.000Z"), priority: "CRITICAL" },
      { alertAt: tie, priority: "LOW" },
      { alertAt: tie, status: "NEW" },
    ]);
    const expected = [...made].sort(compareQueue).map((c) => c.id);

    const read = await pages(laxOfficer.scope, `owner=${owner.user.id}&limit=3`);
    expect(read.map((page) => page.cases.length)).toEqual([3, 3, 2]);
    expect(read.flatMap((page) => page.cases.map((c) => c.id))).toEqual(expected);
    expect(read.at(-1)!.nextCursor).toBeNull();
    // The first page says how many match; later pages only carry rows.
    expect(read[0]).toMatchObject({ total: 8, totalCapped: false });
    expect(read[1].total).toBeUndefined();
  });

  it("reads the page before a cursor, a page from a case on, and says where each sits", async () => {
    const owner = await createStaff("OFFICER", { consulate: "LAX" });
    const made = await ownedCases(
      owner,
      [1, 2, 3, 4, 5, 6, 7].map((hour) => ({ alertAt: new Date(`2026-11-25T0${hour}:00:00.000Z`) })),
    );
    const ids = (body: Body) => body.cases.map((c) => c.id);
    const query = `owner=${owner.user.id}&limit=3`;
    const first = await get(laxOfficer.scope, query);
    expect(first.body).toMatchObject({ offset: 0, prevCursor: null });
    const second = await get(laxOfficer.scope, `${query}&cursor=${first.body.nextCursor}`);
    expect(ids(second.body)).toEqual(made.slice(3, 6).map((c) => c.id));
    expect(second.body.offset).toBe(3);
    const third = await get(laxOfficer.scope, `${query}&cursor=${second.body.nextCursor}`);
    expect(third.body).toMatchObject({ offset: 6, nextCursor: null });

    // Back from the third page: the three rows before it, and a way further back.
    const back = await get(laxOfficer.scope, `${query}&before=${third.body.prevCursor}`);
    expect(ids(back.body)).toEqual(made.slice(3, 6).map((c) => c.id));
    expect(back.body.offset).toBe(3);
    expect(back.body.prevCursor).not.toBeNull();
    // Back again reaches the start: answered as the first page, total and counts included.
    const start = await get(laxOfficer.scope, `${query}&before=${back.body.prevCursor}`);
    expect(ids(start.body)).toEqual(made.slice(0, 3).map((c) => c.id));
    expect(start.body).toMatchObject({ offset: 0, prevCursor: null, total: 7 });

    // A page from a case on starts with it (a new alert the desk jumps to), and the counts say its place.
    const from = await get(laxOfficer.scope, `${query}&at=${second.body.prevCursor}`);
    expect(ids(from.body)).toEqual(made.slice(3, 6).map((c) => c.id));
    const counts = await get(laxOfficer.scope, `${query}&only=counts&at=${second.body.prevCursor}`);
    expect(counts.body).toMatchObject({ total: 7, offset: 3 });

    // The last page's rows all left: the page before them is answered instead of an empty one.
    await db.case.update({ where: { id: made[6].id }, data: { status: "NOT_DETAINED" } });
    const emptied = await get(laxOfficer.scope, `${query}&cursor=${second.body.nextCursor}`);
    expect(ids(emptied.body)).toEqual(made.slice(3, 6).map((c) => c.id));
  });

  it("refuses more than one page bound", async () => {
    const owner = await createStaff("OFFICER", { consulate: "LAX" });
    await ownedCases(owner, [{ alertAt: new Date("2026-11-25T01:00:00.000Z") }, { alertAt: new Date("2026-11-25T02:00:00.000Z") }]);
    const { body } = await get(laxOfficer.scope, `owner=${owner.user.id}&limit=1`);
    const { status, body: refused } = await get(laxOfficer.scope, `limit=1&cursor=${body.nextCursor}&before=${body.nextCursor}`);
    expect(status).toBe(400);
    expect(refused.issues?.map((i) => i.path)).toEqual(["before"]);
  });

  it("neither repeats nor skips a case when another arrives or leaves between two pages", async () => {
    const owner = await createStaff("OFFICER", { consulate: "LAX" });
    const made = await ownedCases(
      owner,
      [1, 2, 3, 4, 5, 6].map((hour) => ({ alertAt: new Date(`2026-11-25T0${hour}:00:00.000Z`) })),
    );
    const first = await get(laxOfficer.scope, `owner=${owner.user.id}&limit=3`);
    // An earlier alert arrives (it belongs on the page already read) and a later case is closed.
    const [arrived] = await ownedCases(owner, [{ alertAt: new Date("2026-11-25T00:30:00.000Z") }]);
    await db.case.update({ where: { id: made[4].id }, data: { status: "NOT_DETAINED" } });
    const rest = await pages(laxOfficer.scope, `owner=${owner.user.id}&limit=3`, first.body.nextCursor);

    const seen = [...first.body.cases, ...rest.flatMap((page) => page.cases)].map((c) => c.id);
    expect(seen).toEqual([made[0], made[1], made[2], made[3], made[5]].map((c) => c.id));
    expect(seen).not.toContain(arrived.id);
  });

  it("never pages a Houston officer into Los Angeles' cases", async () => {
    const owner = await createStaff("OFFICER", { consulate: "LAX" });
    const at = (minute: number) => new Date(`2026-11-25T10:${String(minute).padStart(2, "0")}:00.000Z`);
    const lax = await ownedCases(owner, [0, 1, 2, 3].map((m) => ({ consulate: "LAX", alertAt: at(m) })));
    const hou = await ownedCases(owner, [4, 5, 6].map((m) => ({ consulate: "HOU", alertAt: at(m) })));

    const houston = (await pages(houstonOfficer.scope, `status=all&owner=${owner.user.id}&limit=2`)).flatMap((p) => p.cases);
    expect(houston.map((c) => c.id)).toEqual(hou.map((c) => c.id));
    // Not even with a cursor taken from a Los Angeles page.
    const laxPage = await get(laxOfficer.scope, `status=all&owner=${owner.user.id}&limit=1`);
    expect(laxPage.body.cases.map((c) => c.id)).toEqual([lax[0].id]);
    const crossed = await pages(houstonOfficer.scope, `status=all&owner=${owner.user.id}&limit=2`, laxPage.body.nextCursor);
    expect(crossed.flatMap((p) => p.cases).map((c) => c.id)).toEqual(hou.map((c) => c.id));
  });

  it("pages a search by name (any accents), phone, CURP and case number", async () => {
    const owner = await createStaff("OFFICER", { consulate: "LAX" });
    const token = randomBytes(4).toString("hex").replace(/\d/g, "x");
    const made = await ownedCases(owner, [1, 2, 3, 4, 5].map((m) => ({ alertAt: new Date(`2026-11-25T10:0${m}:00.000Z`) })));
    const phone = `+1213${String(Date.now()).slice(-7)}`;
    const curp = `NUNJ9001${randomBytes(5).toString("hex").toUpperCase()}`.slice(0, 18);
    for (const [i, c] of made.entries()) {
      const { personId } = await db.case.findUniqueOrThrow({ where: { id: c.id }, select: { personId: true } });
      // Four share the name; the fifth is someone else, found only by phone and CURP.
      const data = i < 4 ? { fullName: `José Núñez ${token}` } : { fullName: "Otra Persona", phone, curp };
      await updatePerson(personId, data);
    }
    const read = await pages(laxOfficer.scope, `q=${encodeURIComponent(`nunez ${token.toUpperCase()}`)}&limit=3`);
    expect(read.flatMap((p) => p.cases).map((c) => c.id)).toEqual(made.slice(0, 4).map((c) => c.id));
    expect(read[0]).toMatchObject({ total: 4, totalCapped: false });

    const search = async (q: string) => (await get(laxOfficer.scope, `q=${encodeURIComponent(q)}`)).body.cases.map((c) => c.id);
    expect(await search(`(${phone.slice(2, 5)}) ${phone.slice(5, 8)}-${phone.slice(8)}`)).toEqual([made[4].id]);
    expect(await search(curp.toLowerCase())).toEqual([made[4].id]);
    expect(await search(made[2].number)).toEqual([made[2].id]);
    // Blind indexes match whole words only: a piece of a name or a number finds nothing.
    expect(await search(token.slice(0, 3))).toEqual([]);
    expect(await search(phone.slice(-4))).toEqual([]);
    // Another consulate's officer finds none of them.
    expect((await get(houstonOfficer.scope, `q=${encodeURIComponent(token)}&status=all`)).body.cases).toEqual([]);
  });

  it("refuses a cursor or a page size it did not make, naming the parameter", async () => {
    const forged = Buffer.from(JSON.stringify(["HIGH", "2026-11-25T10:00:00.000Z", "x' OR 1=1 --"])).toString("base64url");
    for (const query of ["cursor=not*a*cursor", `cursor=${forged}`, "cursor=bm9wZQ"]) {
      const { status, body } = await get(laxOfficer.scope, query);
      expect(status, query).toBe(400);
      expect(body.issues?.map((i) => i.path), query).toEqual(["cursor"]);
    }
    for (const query of ["limit=0", "limit=201", "limit=ten"]) {
      const { status, body } = await get(laxOfficer.scope, query);
      expect(status, query).toBe(400);
      expect(body.issues?.map((i) => i.path), query).toEqual(["limit"]);
    }
  });

  it("keeps the status counts in step with every write, without counting the cases", async () => {
    const scopeCounts = async () => (await get(laxOfficer.scope, "only=counts")).body.counts!;
    const exact = async () => {
      const groups = await db.case.groupBy({ by: ["status"], where: { consulate: { code: "LAX" } }, _count: { _all: true } });
      return Object.fromEntries(groups.map((g) => [g.status, g._count._all]));
    };
    const before = await scopeCounts();
    const owner = await createStaff("OFFICER", { consulate: "LAX" });
    const [c] = await ownedCases(owner, [{ alertAt: new Date(), status: "NEW" }]);
    const taken = await db.case.update({ where: { id: c.id }, data: { ownerId: null } });
    await transitionCase({ scope: owner.scope, caseId: c.id, version: taken.version, to: "ACKNOWLEDGED" });
    const after = await scopeCounts();
    expect(after.ACKNOWLEDGED - before.ACKNOWLEDGED).toBe(1);
    expect(after.NEW - before.NEW).toBe(0);
    const counted = await exact();
    for (const [status, n] of Object.entries(after)) expect(n, status).toBe(counted[status] ?? 0);

    // One statement moving several cases, to another status and another consulate, and a delete.
    const more = await ownedCases(owner, [1, 2, 3].map(() => ({ alertAt: new Date(), status: "NEW" as const })));
    await db.$executeRaw`UPDATE cases SET status = 'NOT_DETAINED', consulate_id = (SELECT id FROM consulates WHERE code = 'SAN')
      WHERE id IN (${more[0].id}::uuid, ${more[1].id}::uuid)`;
    await db.case.delete({ where: { id: more[2].id } });
    const kept = await db.$queryRaw<{ key: string; n: number }[]>`
      SELECT consulate_id || status::text AS key, sum(n)::int AS n FROM case_status_counts GROUP BY 1 HAVING sum(n) <> 0 ORDER BY 1`;
    const everyCase = await db.$queryRaw<{ key: string; n: number }[]>`
      SELECT consulate_id || status::text AS key, count(*)::int AS n FROM cases GROUP BY 1 ORDER BY 1`;
    expect(kept).toEqual(everyCase);
  });
});

describe("[TRIAGE] a queue of exactly some cases (a possible raid's: ids=)", () => {
  it("holds exactly the listed cases of the caller's scope, whatever their status, and never another consulate's", async () => {
    const owner = await createStaff("OFFICER", { consulate: "LAX" });
    const supervisor = await createStaff("SUPERVISOR", { region: "OESTE" });
    const at = (minute: number) => new Date(`2026-11-25T12:${String(minute).padStart(2, "0")}:00.000Z`);
    const [a, b, closed, unlisted] = await ownedCases(owner, [
      { consulate: "LAX", alertAt: at(1) },
      { consulate: "SAN", alertAt: at(2) },
      { consulate: "LAX", alertAt: at(3), status: "CLOSED" },
      { consulate: "LAX", alertAt: at(4) },
    ]);
    const [houston] = await ownedCases(owner, [{ consulate: "HOU", alertAt: at(5) }]);
    const listed = [a, b, closed, houston].map((c) => c.id);
    const ids = (scope: StaffScope, extra = "") => get(scope, `status=all&ids=${listed.join(",")}${extra}`);

    // The region's supervisor: the three of Oeste, not Houston's, not the one left out.
    const region = await ids(supervisor.scope);
    expect(region.status).toBe(200);
    expect(new Set(region.body.cases.map((c) => c.id))).toEqual(new Set([a.id, b.id, closed.id]));
    expect(region.body).toMatchObject({ total: 3, totalCapped: false });
    expect(region.body.cases.map((c) => c.id)).not.toContain(unlisted.id);
    // A Los Angeles officer: only Los Angeles' among them; a Houston officer: only Houston's.
    expect(new Set((await ids(laxOfficer.scope)).body.cases.map((c) => c.id))).toEqual(new Set([a.id, closed.id]));
    expect((await ids(houstonOfficer.scope)).body.cases.map((c) => c.id)).toEqual([houston.id]);
    // The other filters still apply, and so does paging.
    const open = await get(supervisor.scope, `ids=${listed.join(",")}`);
    expect(open.body.cases.map((c) => c.id).sort()).toEqual([a.id, b.id].sort());
    const paged = await pages(supervisor.scope, `status=all&limit=2&ids=${listed.join(",")}`);
    expect(paged.flatMap((p) => p.cases.map((c) => c.id)).sort()).toEqual([a.id, b.id, closed.id].sort());
    // The counts for the refresh after live events count the same set.
    expect((await get(supervisor.scope, `status=all&only=counts&ids=${listed.join(",")}`)).body).toMatchObject({ total: 3 });
  });

  it("answers 400 naming ids for a malformed id or too many, and matches nothing for an id that is no case", async () => {
    for (const query of ["ids=not-a-uuid", "ids=1%27%20OR%201%3D1", `ids=${"0".repeat(36)}`, `ids=${Array.from({ length: 201 }, () => randomUUID()).join(",")}`]) {
      const { status, body } = await get(laxOfficer.scope, query);
      expect(status, query.slice(0, 40)).toBe(400);
      expect(body.issues?.map((i) => i.path.split(".")[0]), query.slice(0, 40)).toEqual(["ids"]);
    }
    const none = await get(laxOfficer.scope, `status=all&ids=${randomUUID()}`);
    expect(none.status).toBe(200);
    expect(none.body).toMatchObject({ cases: [], total: 0 });
  });
});

describe("[TRIAGE] overdue tasks on the queue's rows", () => {
  it("counts each case's open tasks past due, on the first page and the next, and nothing else", async () => {
    const owner = await createStaff("OFFICER", { consulate: "LAX" });
    const [late, onTime, plain] = await ownedCases(owner, [0, 1, 2].map((i) => ({ alertAt: new Date(Date.now() - (3 - i) * 60_000) })));
    const task = (caseId: string, dueAt: Date, status: "OPEN" | "DONE" = "OPEN") =>
      db.caseTask.create({
        data: {
          caseId, title: "Llamar", dueAt, status, ownerId: owner.user.id, createdById: owner.user.id,
          ...(status === "DONE" ? { completedAt: new Date(), completedById: owner.user.id } : {}),
        },
      });
    const hourAgo = new Date(Date.now() - 3_600_000);
    await Promise.all([
      task(late.id, hourAgo),
      task(late.id, hourAgo),
      task(late.id, hourAgo, "DONE"),
      task(onTime.id, new Date(Date.now() + 3_600_000)),
    ]);
    const query = `owner=${owner.user.id}&limit=2`;
    const [first, second] = await pages(owner.scope, query);
    expect({ ...first.overdueTasks, ...second.overdueTasks }).toEqual({ [late.id]: 2 });
    expect([...first.cases, ...second.cases].map((c) => c.id)).toEqual([late.id, onTime.id, plain.id]);
  });
});

describe("[TRIAGE] a region's queue, merged from its consulates' own ranges", () => {
  it("pages a supervisor through every consulate of the region in one queue order, and none outside it", async () => {
    const supervisor = await createStaff("SUPERVISOR", { region: "OESTE" });
    const owner = await createStaff("OFFICER", { consulate: "LAX" });
    const at = (minute: number) => new Date(`2026-11-25T11:${String(minute).padStart(2, "0")}:00.000Z`);
    const oeste = await ownedCases(owner, [
      { consulate: "LAX", alertAt: at(5) },
      { consulate: "SAN", alertAt: at(1) },
      { consulate: "SFO", alertAt: at(3), priority: "CRITICAL" },
      { consulate: "LAX", alertAt: at(2) },
      { consulate: "SAN", alertAt: at(4), priority: "LOW" },
      { consulate: "SFO", alertAt: at(2) },
      { consulate: "LAX", alertAt: at(2), status: "CLOSED" },
    ]);
    await ownedCases(owner, [{ consulate: "HOU", alertAt: at(0) }]);
    const expected = (statuses: "open" | "all") =>
      [...oeste].filter((_, i) => statuses === "all" || i !== 6).sort(compareQueue).map((c) => c.id);

    for (const [query, statuses] of [[`owner=${owner.user.id}&limit=2`, "open"], [`status=all&owner=${owner.user.id}&limit=3`, "all"]] as const) {
      const read = await pages(supervisor.scope, query);
      expect(read.flatMap((page) => page.cases.map((c) => c.id))).toEqual(expected(statuses));
      expect(read.at(-1)!.nextCursor).toBeNull();
    }
  });

  it("finds a supervisor's search in every consulate of the region and none outside it, with its total and each page's place", async () => {
    const supervisor = await createStaff("SUPERVISOR", { region: "OESTE" });
    const owner = await createStaff("OFFICER", { consulate: "LAX" });
    const token = randomBytes(4).toString("hex").replace(/\d/g, "x");
    const at = (minute: number) => new Date(`2026-11-25T12:${String(minute).padStart(2, "0")}:00.000Z`);
    const made = await ownedCases(owner, [
      { consulate: "LAX", alertAt: at(4) },
      { consulate: "SAN", alertAt: at(1) },
      { consulate: "SFO", alertAt: at(3), status: "CLOSED" },
      { consulate: "LAX", alertAt: at(2) },
      { consulate: "HOU", alertAt: at(0) },
    ]);
    for (const c of made) {
      const { personId } = await db.case.findUniqueOrThrow({ where: { id: c.id }, select: { personId: true } });
      await updatePerson(personId, { fullName: `Rocío Ramírez ${token}` });
    }
    const oeste = made.slice(0, 4).sort(compareQueue);
    const open = oeste.filter((c) => c.id !== made[2].id).map((c) => c.id);
    const q = `q=${encodeURIComponent(`ramirez ${token}`)}`;
    const ids = (read: Body[]) => read.flatMap((page) => page.cases.map((c) => c.id));

    const searched = await pages(supervisor.scope, `${q}&limit=2`);
    expect(ids(searched)).toEqual(open);
    expect(searched[0]).toMatchObject({ total: 3, totalCapped: false });
    expect(searched[1].offset).toBe(2);

    const everyStatus = await pages(supervisor.scope, `status=all&${q}&limit=3`);
    expect(ids(everyStatus)).toEqual(oeste.map((c) => c.id));
    expect(everyStatus[0]).toMatchObject({ total: 4 });
    expect(everyStatus[1].offset).toBe(3);

    // Every status without a search: the merge of the region's ranges, and the place of its second page.
    const owned = await pages(supervisor.scope, `status=all&owner=${owner.user.id}&limit=3`);
    expect(ids(owned)).toEqual(oeste.map((c) => c.id));
    expect(owned[1].offset).toBe(3);
    const counted = await get(supervisor.scope, `status=all&owner=${owner.user.id}&only=counts&at=${owned[1].prevCursor}`);
    expect(counted.body).toMatchObject({ total: 4, offset: 3 });
  });
});
