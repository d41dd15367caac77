// Bulk actions on an incident's cases against the real PostgreSQL: all in one
// transaction or nothing, one timeline entry per case, and a case that moved
// on meanwhile reported, never overwritten.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/server/db";
import { keyring } from "@/lib/privacy/keys-data";
import type { StaffScope } from "@/lib/server/auth/scope";
import { createStaff, ensureNetwork, outcomeOf } from "@/lib/server/testing/fixtures";
import { transitionCase } from "@/lib/cases/mutations";
import { bulkIncidentAction } from "./bulk-mutations";
import { createIncidentAt } from "@/lib/server/testing/incidents";
import type { BulkInput } from "./schema";

const session = vi.hoisted(() => ({ scope: null as StaffScope | null }));
vi.mock("@/lib/server/auth/session", () => ({ getStaffScope: async () => session.scope }));
const { POST: postBulk } = await import("@/app/api/v1/incidents/[id]/bulk/route");

type Staff = Awaited<ReturnType<typeof createStaff>>;
let officer: Staff;
let colleague: Staff;
let supervisor: Staff;
let legal: Staff;

beforeAll(async () => {
  await ensureNetwork();
  const lax = await db.consulate.findUniqueOrThrow({ where: { code: "LAX" }, select: { region: { select: { code: true } } } });
  [officer, colleague, supervisor, legal] = await Promise.all([
    createStaff("OFFICER", { consulate: "LAX" }),
    createStaff("OFFICER", { consulate: "LAX" }),
    createStaff("SUPERVISOR", { region: lax.region.code }),
    createStaff("LEGAL_AID", { consulate: "LAX" }),
  ]);
});

const listed = (cases: { id: string; version: number }[]) => cases.map(({ id, version }) => ({ id, version }));
const bulk = (scope: StaffScope, incidentId: string, request: BulkInput) => bulkIncidentAction({ scope, incidentId, request });
const timelineCount = (ids: string[], kind: "ASSIGNED" | "STATUS_CHANGED" | "FAMILY_MESSAGE") =>
  db.caseTimelineEntry.count({ where: { caseId: { in: ids }, kind } });
const post = (incidentId: string, body: unknown) =>
  postBulk(new Request("http://localhost/api", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }), {
    params: Promise.resolve({ id: incidentId }),
  });

describe("[ESCALATION] bulk actions on an incident's cases", () => {
  it("assigns 30 cases in one transaction, with one timeline entry each", async () => {
    const { incident, cases } = await createIncidentAt({ cases: 30 });
    const ids = cases.map((c) => c.id);
    const auditBefore = await db.auditLog.count({ where: { targetId: incident.id } });

    const result = await bulk(supervisor.scope, incident.id, { action: "assign", cases: listed(cases), ownerId: officer.user.id });

    expect("stale" in result).toBe(false);
    if ("stale" in result) return;
    expect(result.updated).toBe(30);
    expect(result.cases.map((c) => c.id).sort()).toEqual([...ids].sort());
    expect(result.cases.every((c) => c.owner?.id === officer.user.id && c.version === 2 && c.incidentId === incident.id)).toBe(true);
    const rows = await db.case.findMany({ where: { id: { in: ids } }, select: { ownerId: true, version: true } });
    expect(rows.every((r) => r.ownerId === officer.user.id && r.version === 2)).toBe(true);
    expect(await timelineCount(ids, "ASSIGNED")).toBe(30);
    const perCase = await db.caseTimelineEntry.groupBy({ by: ["caseId"], where: { caseId: { in: ids }, kind: "ASSIGNED" }, _count: { _all: true } });
    expect(perCase.every((g) => g._count._all === 1)).toBe(true);
    expect(await db.auditLog.count({ where: { targetId: incident.id, action: "incident.bulk.assign" } })).toBe(auditBefore + 1);
  });

  it("reports a case changed concurrently (409 naming it), overwrites nothing and writes nothing", async () => {
    const { incident, cases } = await createIncidentAt({ cases: 30 });
    const ids = cases.map((c) => c.id);
    const victim = cases[17];
    // Another officer takes one case at the same moment: their transaction holds the case while the bulk action starts.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const hasLock = new Promise<void>((resolve) => (locked = resolve));
    const concurrent = db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT "id" FROM "cases" WHERE "id" = ${victim.id}::uuid FOR UPDATE`;
      await tx.case.update({ where: { id: victim.id }, data: { status: "ACKNOWLEDGED", ownerId: colleague.user.id, version: { increment: 1 } } });
      locked();
      await held;
    });
    await hasLock;
    const racing = bulk(supervisor.scope, incident.id, { action: "assign", cases: listed(cases), ownerId: officer.user.id });
    await new Promise((resolve) => setTimeout(resolve, 300));
    release();
    await concurrent;

    expect(await racing).toEqual({ error: "stale", stale: [{ id: victim.id, number: victim.number }] });
    const rows = await db.case.findMany({ where: { id: { in: ids } }, select: { id: true, ownerId: true, version: true } });
    expect(rows.find((r) => r.id === victim.id)).toMatchObject({ ownerId: colleague.user.id, version: 2 });
    expect(rows.filter((r) => r.id !== victim.id).every((r) => r.ownerId === null && r.version === 1)).toBe(true);
    expect(await timelineCount(ids, "ASSIGNED")).toBe(0);

    // Through the route: the same stale request is a 409 with the BulkStale body.
    session.scope = supervisor.scope;
    const response = await post(incident.id, { action: "assign", cases: listed(cases), ownerId: officer.user.id });
    expect(response.status).toBe(409);
    expect(await response.json()).toEqual({ error: "stale", stale: [{ id: victim.id, number: victim.number }] });
  });

  it("lets an officer take the untaken cases, and refuses the whole request naming a case the lifecycle forbids them", async () => {
    const { incident, cases } = await createIncidentAt({ cases: 4 });
    const taken = await transitionCase({ scope: colleague.scope, caseId: cases[2].id, version: cases[2].version, to: "ACKNOWLEDGED" });
    const current = cases.map((c) => (c.id === taken.id ? { ...c, version: taken.version } : c));

    const refused = await outcomeOf(bulk(officer.scope, incident.id, { action: "take", cases: listed(current) }));
    expect(refused).toBe("conflict:refused");
    await expect(bulk(officer.scope, incident.id, { action: "take", cases: listed(current) })).rejects.toMatchObject({
      details: { refused: [{ id: taken.id, number: cases[2].number, reason: "not_allowed" }] },
    });
    expect(await db.case.count({ where: { id: { in: cases.map((c) => c.id) }, status: "ACKNOWLEDGED" } })).toBe(1);

    const others = current.filter((c) => c.id !== taken.id);
    const result = await bulk(officer.scope, incident.id, { action: "take", cases: listed(others) });
    expect("stale" in result ? null : result.cases.map((c) => [c.status, c.owner?.id])).toEqual(others.map(() => ["ACKNOWLEDGED", officer.user.id]));
    expect(await timelineCount(others.map((c) => c.id), "STATUS_CHANGED")).toBe(3);

    // A supervisor may not take (the lifecycle's rule): 403, nothing written.
    const { incident: second, cases: fresh } = await createIncidentAt({ cases: 2 });
    expect(await outcomeOf(bulk(supervisor.scope, second.id, { action: "take", cases: listed(fresh) }))).toBe("forbidden:refused");
  });

  it("closes false alarms with a reason, only where the lifecycle allows it", async () => {
    const { incident, cases } = await createIncidentAt({ cases: 3, caseStatus: "IN_CONTACT", ownerId: officer.user.id });
    const result = await bulk(officer.scope, incident.id, { action: "close_false_alarm", cases: listed(cases), reason: "Simulacro del vecindario" });
    expect("stale" in result ? null : result.cases.map((c) => c.status)).toEqual(["NOT_DETAINED", "NOT_DETAINED", "NOT_DETAINED"]);
    const entries = await db.caseTimelineEntry.findMany({ where: { caseId: { in: cases.map((c) => c.id) }, kind: "STATUS_CHANGED" }, select: { data: true } });
    expect(entries.map((e) => (e.data as { reason: string }).reason)).toEqual(Array(3).fill("Simulacro del vecindario"));
  });

  it("sends one approved family update per contact, one timeline entry per case, and skips a case without a contact", async () => {
    const { incident, cases } = await createIncidentAt({ cases: 3, caseStatus: "DETENTION_CONFIRMED", ownerId: officer.user.id });
    const [withTwo, withOne, without] = cases;
    // Relatives as the intake stores them: sealed.
    const ring = await keyring();
    await db.caseContact.createMany({
      data: [
        { caseId: withTwo.id, eventId: randomUUID(), name: ring.seal("Ana"), phone: ring.seal("+13235550101"), language: "es" },
        { caseId: withTwo.id, eventId: randomUUID(), name: ring.seal("Luis"), phone: ring.seal("+13235550102"), language: "en" },
        { caseId: withOne.id, eventId: randomUUID(), name: ring.seal("Rosa"), phone: ring.seal("+13235550103") },
      ],
    });
    const result = await bulk(legal.scope, incident.id, { action: "family_update", cases: listed(cases), template: "released" });
    expect(result).toMatchObject({ updated: 2, skipped: [{ id: without.id, number: without.number }] });
    const messages = await db.familyMessage.findMany({ where: { caseId: { in: cases.map((c) => c.id) } }, select: { caseId: true, status: true, approvedById: true, locale: true, body: true } });
    expect(messages).toHaveLength(3);
    expect(messages.every((m) => m.status === "APPROVED" && m.approvedById === legal.user.id)).toBe(true);
    expect(messages.filter((m) => m.caseId === withTwo.id).map((m) => m.locale).sort()).toEqual(["en", "es"]);
    // Each body stored sealed, and what it opens to is the rendered template.
    expect(messages.every((m) => m.body.startsWith("pv1."))).toBe(true);
    expect(messages.map((m) => ring.open(m.body)).every((body) => /(fue puesto en libertad|has been released)\. (Caso|Case) /.test(body))).toBe(true);
    expect(await timelineCount([withTwo.id], "FAMILY_MESSAGE")).toBe(1);
    expect(await timelineCount([without.id], "FAMILY_MESSAGE")).toBe(0);
  });

  it("refuses a batch over the cap, a case of another incident and a missing field with a 400 naming the field", async () => {
    const { incident, cases } = await createIncidentAt({ cases: 2 });
    const { cases: elsewhere } = await createIncidentAt({ cases: 1 });
    session.scope = supervisor.scope;

    const tooMany = await post(incident.id, { action: "take", cases: Array.from({ length: 201 }, () => ({ id: randomUUID(), version: 1 })) });
    expect(tooMany.status).toBe(400);
    expect((await tooMany.json()).issues).toEqual([{ path: "cases", message: "at most 200 cases in one bulk action" }]);

    const foreign = await post(incident.id, { action: "assign", ownerId: officer.user.id, cases: [...listed(cases), ...listed(elsewhere)] });
    expect(foreign.status).toBe(400);
    expect((await foreign.json()).issues).toEqual([{ path: "cases.2.id", message: "not a case of this incident" }]);

    const noOwner = await post(incident.id, { action: "assign", cases: listed(cases) });
    expect(noOwner.status).toBe(400);
    expect((await noOwner.json()).issues).toEqual([{ path: "ownerId", message: "required for assign" }]);
    expect(await db.case.count({ where: { id: { in: cases.map((c) => c.id) }, version: { gt: 1 } } })).toBe(0);
  });
});
