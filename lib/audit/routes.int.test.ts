// The audit view's routes behind withStaff (the session replaced by a scope
// the test chooses): each filter finds exactly its rows, the keyset pages stay
// put when rows are added, the export streams every matching row and is
// itself audited, non-administrators are refused, and a case's viewers are
// listed through the case's scope. The log is append-only and shared by every
// test, so each test's rows belong to a staff member or an action of its own.
import { randomBytes, randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getCaseAudited } from "@/lib/cases/detail-read";
import type { StaffScope } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";
import { createCaseAt, createStaff, ensureNetwork } from "@/lib/server/testing/fixtures";
import type { AuditPage, CaseViewer } from "./types";

const session = vi.hoisted(() => ({ scope: null as StaffScope | null }));
vi.mock("@/lib/server/auth/session", () => ({ getStaffScope: async () => session.scope }));

const { GET: searchRoute } = await import("@/app/api/v1/admin/audit/route");
const { GET: exportRoute } = await import("@/app/api/v1/admin/audit/export/route");
const { GET: viewersRoute } = await import("@/app/api/v1/cases/[id]/viewers/route");

type Staff = Awaited<ReturnType<typeof createStaff>>;
let admin: Staff;
let officerLAX: Staff;
let officerHOU: Staff;
let legalLAX: Staff;
let supervisorOeste: Staff;

beforeAll(async () => {
  await ensureNetwork();
  [admin, officerLAX, officerHOU, legalLAX, supervisorOeste] = await Promise.all([
    createStaff("ADMIN"),
    createStaff("OFFICER", { consulate: "LAX" }),
    createStaff("OFFICER", { consulate: "HOU" }),
    createStaff("LEGAL_AID", { consulate: "LAX" }),
    createStaff("SUPERVISOR", { region: "OESTE" }),
  ]);
});

const as = (staff: Staff | null) => {
  session.scope = staff?.scope ?? null;
};
const context = <P>(params: P) => ({ params: Promise.resolve(params) });
const search = (query: Record<string, string>) =>
  searchRoute(new Request(`http://localhost/api/v1/admin/audit?${new URLSearchParams(query)}`), context({}));
const exportCsv = (query: Record<string, string>, locale = "en") =>
  exportRoute(new Request(`http://localhost/api/v1/admin/audit/export?${new URLSearchParams(query)}`, { headers: { cookie: `amparo-locale=${locale}` } }), context({}));
const viewers = (id: string) => viewersRoute(new Request(`http://localhost/api/v1/cases/${id}/viewers`), context({ id }));

const page = async (query: Record<string, string>) => {
  as(admin);
  const response = await search(query);
  expect(response.status).toBe(200);
  return (await response.json()) as AuditPage;
};

/** Every page of a search, followed to its end. */
const allPages = async (query: Record<string, string>) => {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const next: AuditPage = await page(cursor ? { ...query, cursor } : query);
    ids.push(...next.rows.map((r) => r.id));
    cursor = next.nextCursor;
  } while (cursor);
  return ids;
};

const uniqueAction = () => `test.audit_${randomBytes(4).toString("hex")}`;

/** Rows written straight to the log, each at its own time (or a shared one), returned oldest first. */
const writeRows = async (rows: { actorUserId?: string; action: string; at: Date; targetType?: string; targetId?: string; data?: object }[]) => {
  const ids: string[] = [];
  for (const row of rows) ids.push(String((await db.auditLog.create({ data: { ...row, data: row.data ?? {} }, select: { id: true } })).id));
  return ids;
};

describe("[ADMIN] audit search", () => {
  it("finds exactly a user's rows, an action's rows, and both together, newest first", async () => {
    const [mine, theirs] = await Promise.all([createStaff("OFFICER", { consulate: "LAX" }), createStaff("OFFICER", { consulate: "LAX" })]);
    const [one, two] = [uniqueAction(), uniqueAction()];
    const t0 = Date.now() - 60_000;
    const ids = await writeRows([
      { actorUserId: mine.user.id, action: one, at: new Date(t0) },
      { actorUserId: mine.user.id, action: two, at: new Date(t0 + 1000) },
      { actorUserId: theirs.user.id, action: one, at: new Date(t0 + 2000) },
      { actorUserId: mine.user.id, action: one, at: new Date(t0 + 3000) },
    ]);
    expect((await page({ user: mine.user.id })).rows.map((r) => r.id)).toEqual([ids[3], ids[1], ids[0]]);
    expect((await page({ action: one })).rows.map((r) => r.id)).toEqual([ids[3], ids[2], ids[0]]);
    expect((await page({ user: mine.user.id, action: one })).rows.map((r) => r.id)).toEqual([ids[3], ids[0]]);
    const [row] = (await page({ user: theirs.user.id })).rows;
    expect(row).toMatchObject({ action: one, actor: { id: theirs.user.id, name: theirs.user.name, role: "OFFICER" } });
  });

  it("finds a case's rows by its number or its id, and nothing for a number no case has", async () => {
    const c = await createCaseAt({ consulate: "LAX" });
    const viewer = await createStaff("OFFICER", { consulate: "LAX" });
    // The real audited read, another action on the same case, and a search that returned it among others.
    expect(await getCaseAudited({ scope: viewer.scope, caseId: c.id, address: "192.0.2.10" })).not.toBeNull();
    await writeRows([{ actorUserId: viewer.user.id, action: "legal.a_number_refused", at: new Date(), targetType: "case", targetId: c.id }]);
    await writeRows([{ actorUserId: viewer.user.id, action: "case.viewed", at: new Date(), targetType: "incident", targetId: c.id }]);
    await writeRows([
      { actorUserId: viewer.user.id, action: "read.search", at: new Date(), data: { ip: "192.0.2.10", caseIds: [randomUUID(), c.id], terms: [["n:x"], ["n:y"]] } },
    ]);
    const byNumber = await page({ case: c.number });
    expect(byNumber.rows.map((r) => [r.action, r.caseNumber, r.actor?.id])).toEqual([
      ["read.search", null, viewer.user.id],
      ["legal.a_number_refused", c.number, viewer.user.id],
      ["read.case", c.number, viewer.user.id],
    ]);
    // A read in the view: its address in its column, its case ids and hashed terms only counted.
    expect(byNumber.rows[0]).toMatchObject({ clientAddress: "192.0.2.10", read: { parts: [], cases: 2, terms: 2, purpose: null } });
    expect(byNumber.rows[0].details).not.toContain(c.id);
    expect(byNumber.rows[0].details).not.toContain("n:x");
    expect((await page({ action: "read.*", user: viewer.user.id })).rows.map((r) => r.action)).toEqual(["read.search", "read.case"]);
    expect((await page({ case: c.id })).rows.map((r) => r.id)).toEqual(byNumber.rows.map((r) => r.id));
    expect((await page({ case: c.number.toLowerCase() })).rows.map((r) => r.id)).toEqual(byNumber.rows.map((r) => r.id));
    expect((await page({ case: "ZZZ-1999-999999" })).rows).toEqual([]);
  });

  it("takes the days from and to in the administrator's time zone, the last one whole", async () => {
    const actor = await createStaff("OFFICER", { consulate: "LAX" });
    // The administrator has no consulate: Mexico City's time (UTC-6 in March).
    const ids = await writeRows([
      { actorUserId: actor.user.id, action: "auth.sign_in", at: new Date("2026-03-01T05:59:59.999Z") }, // Feb 28, 23:59 local
      { actorUserId: actor.user.id, action: "auth.sign_in", at: new Date("2026-03-01T06:00:00.000Z") }, // Mar 1, 00:00
      { actorUserId: actor.user.id, action: "auth.sign_in", at: new Date("2026-03-03T05:59:59.999Z") }, // Mar 2, 23:59
      { actorUserId: actor.user.id, action: "auth.sign_in", at: new Date("2026-03-03T06:00:00.000Z") }, // Mar 3, 00:00
    ]);
    expect((await page({ user: actor.user.id, from: "2026-03-01", to: "2026-03-02" })).rows.map((r) => r.id)).toEqual([ids[2], ids[1]]);
    expect((await page({ user: actor.user.id, from: "2026-03-03" })).rows.map((r) => r.id)).toEqual([ids[3]]);
    expect((await page({ user: actor.user.id, to: "2026-02-28" })).rows.map((r) => r.id)).toEqual([ids[0]]);
  });

  it("pages by 50 with a cursor that stays put when newer rows arrive, ties broken by id", async () => {
    const actor = await createStaff("OFFICER", { consulate: "LAX" });
    const base = Date.now() - 3_600_000;
    // 120 rows, two to each millisecond: a page boundary falls between twins.
    const ids = await writeRows(Array.from({ length: 120 }, (_, i) => ({ actorUserId: actor.user.id, action: "auth.sign_in", at: new Date(base + Math.floor(i / 2)) })));
    const newestFirst = [...ids].reverse();
    const first = await page({ user: actor.user.id });
    expect(first.rows.map((r) => r.id)).toEqual(newestFirst.slice(0, 50));
    await writeRows(Array.from({ length: 5 }, () => ({ actorUserId: actor.user.id, action: "auth.sign_in", at: new Date() })));
    const second = await page({ user: actor.user.id, cursor: first.nextCursor! });
    expect(second.rows.map((r) => r.id)).toEqual(newestFirst.slice(50, 100));
    const third = await page({ user: actor.user.id, cursor: second.nextCursor! });
    expect(third.rows.map((r) => r.id)).toEqual(newestFirst.slice(100));
    expect(third.nextCursor).toBeNull();
    expect(await allPages({ user: actor.user.id })).toHaveLength(125);
  });

  it("shows a row's data compactly, without the free text a staff member typed", async () => {
    const actor = await createStaff("SUPERVISOR", { region: "OESTE" });
    await writeRows([
      { actorUserId: actor.user.id, action: "incident.dismiss", at: new Date(), targetType: "incident", targetId: "x", data: { from: "PROPOSED", reason: "Era María Pérez, 323-555-0101" } },
      { actorUserId: actor.user.id, action: "cases.exported", at: new Date(), data: { filter: "status=all&q=Mar%C3%ADa+P%C3%A9rez", rows: 3 } },
    ]);
    const rows = (await page({ user: actor.user.id })).rows;
    const shown = JSON.stringify(rows);
    // The number whole: a random UUID in the row may hold "555".
    expect(shown).not.toMatch(/María|Pérez|Mar%C3%ADa|P%C3%A9rez|323-555-0101/);
    // jsonb keeps its keys shortest first.
    expect(rows.map((r) => r.details)).toEqual(["rows: 3 · filter: status=all&q=…", "from: PROPOSED · reason: …"]);
  });

  it("refuses a filter it cannot use with a 400 naming the field", async () => {
    as(admin);
    for (const [field, value] of [
      ["case", "not a case"],
      ["user", "someone"],
      ["from", "0000-01-01"],
      ["to", "2026-02-30"],
      ["action", "DROP TABLE"],
      ["cursor", "2026-01-01_1"],
    ]) {
      const response = await search({ [field]: value });
      expect({ field, status: response.status }).toEqual({ field, status: 400 });
      expect(JSON.stringify(await response.json())).toContain(`"${field}"`);
    }
    const reversed = await search({ from: "2026-03-02", to: "2026-03-01" });
    expect(reversed.status).toBe(400);
    expect(JSON.stringify(await reversed.json())).toContain('"to"');
  });

  it("is refused to everyone but administrators", async () => {
    for (const [who, status] of [
      [officerLAX, 403],
      [legalLAX, 403],
      [supervisorOeste, 403],
      [null, 401],
    ] as const) {
      as(who);
      expect((await search({})).status).toBe(status);
      expect((await exportCsv({})).status).toBe(status);
    }
    as(admin);
    expect((await search({})).status).toBe(200);
  });
});

describe("[ADMIN] audit export", () => {
  it("streams every matching row past the batch size, with a BOM and a header, and audits itself", async () => {
    const actor = await createStaff("OFFICER", { consulate: "LAX" });
    const base = Date.now() - 7_200_000;
    await db.auditLog.createMany({
      data: Array.from({ length: 2_345 }, (_, i) => ({ actorUserId: actor.user.id, action: "case.viewed", at: new Date(base + i), data: { n: i } })),
    });
    as(admin);
    const response = await exportCsv({ user: actor.user.id });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/csv");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).trimEnd().split("\r\n");
    expect(lines[0]).toBe("Date and time (UTC),Who,Role,Action,Action code,Target type,Target,Case,Client address,Details");
    expect(lines).toHaveLength(2_346);
    // Newest first, each once: the data's counter runs down from 2,344 to 0.
    expect(lines.slice(1).map((l) => Number(/n: (\d+)/.exec(l)![1]))).toEqual(Array.from({ length: 2_345 }, (_, i) => 2_344 - i));
    expect(lines[1]).toContain(`${actor.user.name},Consular officer,Opened a case,case.viewed`);

    const [audited] = await db.auditLog.findMany({ where: { actorUserId: admin.user.id, action: "audit.exported" }, orderBy: { id: "desc" }, take: 1 });
    expect(audited.data).toEqual({ filters: { user: actor.user.id }, rows: 2_345, truncated: false });
  });

  it("writes the header in Spanish for a Spanish screen, and an empty search is the header alone (still audited)", async () => {
    const action = uniqueAction();
    as(admin);
    const before = await db.auditLog.count({ where: { actorUserId: admin.user.id, action: "audit.exported" } });
    // Response.text() would drop the BOM: the bytes as sent.
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await (await exportCsv({ action }, "es")).arrayBuffer());
    expect(text).toBe("\uFEFFFecha y hora (UTC),Quién,Rol,Acción,Código de acción,Tipo de objeto,Objeto,Caso,Dirección del cliente,Detalles\r\n");
    const after = await db.auditLog.findMany({ where: { actorUserId: admin.user.id, action: "audit.exported" }, orderBy: { id: "desc" } });
    expect(after).toHaveLength(before + 1);
    expect(after[0].data).toEqual({ filters: { action }, rows: 0, truncated: false });
  });
});

describe("[ADMIN] who viewed a case", () => {
  it("lists who opened the case, the latest first, with their role, consulate and count, to whoever reads the case", async () => {
    const c = await createCaseAt({ consulate: "LAX" });
    const [first, second] = await Promise.all([createStaff("OFFICER", { consulate: "LAX" }), createStaff("SUPERVISOR", { region: "OESTE" })]);
    // An older opening by `first`, then the real audited reads.
    await writeRows([{ actorUserId: first.user.id, action: "case.viewed", at: new Date(Date.now() - 3_600_000), targetType: "case", targetId: c.id }]);
    expect(await getCaseAudited({ scope: first.scope, caseId: c.id, address: "192.0.2.1" })).not.toBeNull();
    expect(await getCaseAudited({ scope: second.scope, caseId: c.id, address: "192.0.2.2" })).not.toBeNull();
    // A search by `first` that returned the case, with a purpose (as the export asks).
    await writeRows([
      { actorUserId: first.user.id, action: "read.export", at: new Date(Date.now() - 60_000), data: { ip: "192.0.2.3", caseIds: [c.id], purpose: { reason: "audit" } } },
    ]);

    as(legalLAX);
    const response = await viewers(c.id);
    expect(response.status).toBe(200);
    const listed = ((await response.json()) as { viewers: CaseViewer[] }).viewers;
    expect(listed.map((v) => [v.userId, v.role, v.consulateCode, v.times])).toEqual([
      [second.user.id, "SUPERVISOR", null, 1],
      [first.user.id, "OFFICER", "LAX", 3],
    ]);
    expect(listed[0].name).toBe(second.user.name);
    expect(listed[1].reads.map((r) => [r.action, r.times])).toEqual([
      ["read.case", 1],
      ["read.export", 1],
      ["case.viewed", 1],
    ]);
    expect(listed[1].parts).toEqual(["contact_attempts", "contacts", "location", "notes", "person", "timeline"]);
    expect([...listed[1].addresses].sort()).toEqual(["192.0.2.1", "192.0.2.3"]);
    expect(listed[1].purposes).toEqual([{ reason: "audit" }]);
  });

  it("answers 404 to a caller who cannot read the case, and 403 to roles that read no case", async () => {
    const c = await createCaseAt({ consulate: "LAX" });
    as(officerHOU);
    expect((await viewers(c.id)).status).toBe(404);
    as(officerLAX);
    expect((await viewers(c.id)).status).toBe(200);
    expect((await viewers("00000000-0000-4000-8000-000000000000")).status).toBe(404);
    as(admin);
    expect((await viewers(c.id)).status).toBe(403);
    as(null);
    expect((await viewers(c.id)).status).toBe(401);
  });
});
