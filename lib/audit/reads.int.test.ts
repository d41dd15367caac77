// The read audit's writer (lib/audit/reads.ts) through a read route: many
// concurrent reads share a few INSERTs and every row is there; a read whose
// row cannot be written answers 503 audit_unavailable with nothing of the
// case; the viewers list shows who read what.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { StaffScope } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";
import { CLIENT_ADDRESS_HEADER } from "@/lib/server/http/client-address";
import { readAuditCounts } from "@/lib/server/metrics";
import { createCaseAt, createStaff, ensureNetwork } from "@/lib/server/testing/fixtures";

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
        if (person.person.fullName) expect(body).not.toContain(person.person.fullName);
      }
    } finally {
      failing.on = false;
    }
    expect(await db.auditLog.count({ where: { targetId: c.id, action: { startsWith: "read." } } })).toBe(0);
    // The writer recovers with the database.
    expect((await read(c.id)).status).toBe(200);
  });
});
