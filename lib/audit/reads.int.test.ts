// The read audit's writer (lib/audit/reads.ts) through a read route: many
// concurrent reads share a few INSERTs and every row is there; a read whose
// row cannot be written answers 503 audit_unavailable with nothing of the
// case; the viewers list shows who read what.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { StaffScope } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";
import { CLIENT_ADDRESS_HEADER } from "@/lib/server/http/client-address";
import { readAuditCounts } from "@/lib/server/metrics";
import { createCaseAt, createStaff, ensureNetwork, updatePerson } from "@/lib/server/testing/fixtures";
import { keyring } from "@/lib/privacy/keys-data";

const session = vi.hoisted(() => ({ scope: null as StaffScope | null }));
vi.mock("@/lib/server/auth/session", () => ({ getStaffScope: async () => session.scope }));
// The writer's one statement, failing on demand (the database otherwise real).
const failing = vi.hoisted(() => ({ on: false, statements: 0 }));
vi.mock("@/lib/audit/reads-data", async (original) => {
  const real = await original<typeof import("@/lib/audit/reads-data")>();
  return {
    ...real,
    insertReadRows: async (rows: Parameters<typeof real.insertReadRows>[0]) => {
      failing.statements++;
      if (failing.on) throw new Error("connection refused (test)");
      return real.insertReadRows(rows);
    },
  };
});

const { GET: getCaseRoute } = await import("@/app/api/v1/cases/[id]/route");
const { GET: getTrail } = await import("@/app/api/v1/map/cases/[id]/trail/route");
const { GET: getQueue } = await import("@/app/api/v1/cases/route");
const { GET: getExport } = await import("@/app/api/v1/reports/cases/route");
const { flushReadAudit } = await import("./reads");

type Staff = Awaited<ReturnType<typeof createStaff>>;
let officer: Staff;

beforeAll(async () => {
  await ensureNetwork();
  officer = await createStaff("OFFICER", { consulate: "LAX" });
});

const read = (caseId: string, address = "198.51.100.9") =>
  getCaseRoute(new Request(`http://localhost/api/v1/cases/${caseId}`, { headers: { [CLIENT_ADDRESS_HEADER]: address } }), {
    params: Promise.resolve({ id: caseId }),
  });

describe("[AUDIT] the read audit's group commit", () => {
  it("writes 40 concurrent reads in far fewer statements, every row present", async () => {
    session.scope = officer.scope;
    const c = await createCaseAt({ ownerId: officer.user.id });
    const before = await readAuditCounts();
    const statements = failing.statements;
    const answers = await Promise.all(Array.from({ length: 40 }, () => read(c.id)));
    expect(answers.map((a) => a.status)).toEqual(Array(40).fill(200));
    const after = await readAuditCounts();
    expect(after.rows - before.rows).toBe(40);
    const flushes = after.flushes - before.flushes;
    expect(flushes).toBe(failing.statements - statements);
    expect(flushes).toBeLessThanOrEqual(5);
    const rows = await db.auditLog.count({ where: { action: "read.case", targetType: "case", targetId: c.id, actorUserId: officer.user.id } });
    expect(rows).toBe(40);
  });

  it("answers a read only once its row is committed", async () => {
    session.scope = officer.scope;
    const c = await createCaseAt({ ownerId: officer.user.id });
    for (let i = 1; i <= 3; i++) {
      expect((await read(c.id)).status).toBe(200);
      expect(await db.auditLog.count({ where: { action: "read.case", targetId: c.id } })).toBe(i);
    }
    await flushReadAudit();
  });
});

describe("[AUDIT] fail closed", () => {
  it("a read whose row cannot be written answers 503 audit_unavailable and none of the case", async () => {
    session.scope = officer.scope;
    const c = await createCaseAt({ ownerId: officer.user.id });
    const person = await db.case.findUniqueOrThrow({ where: { id: c.id }, select: { number: true, person: { select: { fullName: true } } } });
    failing.on = true;
    try {
      for (const answer of [await read(c.id), await getTrail(new Request("http://localhost/x"), { params: Promise.resolve({ id: c.id }) })]) {
        expect(answer.status).toBe(503);
        const body = await answer.text();
        expect(JSON.parse(body)).toMatchObject({ error: "audit_unavailable" });
        expect(body).not.toContain(c.id);
        expect(body).not.toContain(person.number);
        const name = (await keyring()).open(person.person.fullName);
        if (name) expect(body).not.toContain(name);
      }
    } finally {
      failing.on = false;
    }
    expect(await db.auditLog.count({ where: { targetId: c.id, action: { startsWith: "read." } } })).toBe(0);
    // The writer recovers with the database.
    expect((await read(c.id)).status).toBe(200);
  });
});

const get = (route: typeof getQueue, path: string) =>
  route(new Request(`http://localhost${path}`, { headers: { [CLIENT_ADDRESS_HEADER]: "198.51.100.20" } }), { params: Promise.resolve(undefined as never) });

const lastRow = (actorUserId: string) => db.auditLog.findFirstOrThrow({ where: { actorUserId }, orderBy: { id: "desc" } });

describe("[AUDIT] searches and exports", () => {
  it("keeps a search's terms as blind hashes, never the text, with the case ids it returned", async () => {
    const searcher = await createStaff("OFFICER", { consulate: "LAX" });
    session.scope = searcher.scope;
    const c = await createCaseAt({ consulate: "LAX" });
    await updatePerson(c.personId, { fullName: "Wenceslao Quiñónez Tapia" });
    const answer = await get(getQueue, `/api/v1/cases?status=all&q=${encodeURIComponent("Wenceslao Quiñónez")}`);
    expect(answer.status).toBe(200);
    const page = (await answer.json()) as { cases: { id: string }[] };
    const row = await lastRow(searcher.user.id);
    const data = row.data as { ip: string; caseIds: string[]; terms: string[][]; from: string };
    expect(row.action).toBe("read.search");
    expect(data.caseIds).toEqual(page.cases.map((x) => x.id));
    expect(data.caseIds).toContain(c.id);
    expect(data.from).toBe("queue");
    // Two words, each its alternatives (name, CURP), each a kind and a keyed hash.
    expect(data.terms).toHaveLength(2);
    for (const alternatives of data.terms) for (const token of alternatives) expect(token).toMatch(/^[a-z]:[A-Za-z0-9_-]{16,}$/);
    const stored = JSON.stringify(row.data).toLowerCase();
    for (const word of ["wenceslao", "quiñónez", "quinonez"]) expect(stored).not.toContain(word);
  });

  it("asks an export's purpose, and keeps it with every case id and the count, the search text hashed", async () => {
    const exporter = await createStaff("OFFICER", { consulate: "DEN" });
    session.scope = exporter.scope;
    const c = await createCaseAt({ consulate: "DEN" });
    await updatePerson(c.personId, { fullName: "Eustaquia Berenguer" });
    expect((await get(getExport, "/api/v1/reports/cases?status=all")).status).toBe(400);
    expect((await get(getExport, "/api/v1/reports/cases?status=all&purpose=other")).status).toBe(400);
    expect((await get(getExport, "/api/v1/reports/cases?status=all&purpose=curiosity")).status).toBe(400);
    expect(await db.auditLog.count({ where: { actorUserId: exporter.user.id } })).toBe(0);

    const csv = await get(getExport, "/api/v1/reports/cases?status=all&q=Eustaquia&purpose=other&purposeNote=Oficio%20del%20juzgado%2012");
    expect(csv.status).toBe(200);
    const lines = (await csv.text()).trimEnd().split("\r\n");
    expect(lines).toHaveLength(2);
    const row = await lastRow(exporter.user.id);
    expect(row.action).toBe("read.export");
    expect(row.data).toMatchObject({
      ip: "198.51.100.20",
      caseIds: [c.id],
      count: 1,
      purpose: { reason: "other", note: "Oficio del juzgado 12" },
      filter: "status=all",
      truncated: false,
    });
    expect((row.data as { terms: string[][] }).terms).toHaveLength(1);
    expect(JSON.stringify(row.data).toLowerCase()).not.toContain("eustaquia");
  });
});
