// The retention schedules and the legal hold through their routes (the
// session replaced by a scope the test chooses), against the real
// PostgreSQL: who may, each bad value named, the 409 naming the earlier
// change, the audit entries, the timeline, and the run leaving a held case alone.
import { keyring } from "@/lib/privacy/keys-data";
import { openPoint } from "@/lib/cases/summary-open";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { StaffScope } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";
import { createCaseAt, createStaff, ensureNetwork } from "@/lib/server/testing/fixtures";
import { runRetentionNow } from "./run-mutations";

const session = vi.hoisted(() => ({ scope: null as StaffScope | null }));
vi.mock("@/lib/server/auth/session", () => ({ getStaffScope: async () => session.scope }));

const { GET: getOverview } = await import("@/app/api/v1/admin/retention/route");
const { PUT: putPolicy } = await import("@/app/api/v1/admin/retention/[class]/route");
const { PUT: putHold, DELETE: deleteHold } = await import("@/app/api/v1/cases/[id]/legal-hold/route");

type Staff = Awaited<ReturnType<typeof createStaff>>;
let admin: Staff;
let admin2: Staff;
let officer: Staff;
let supervisor: Staff;
let supervisorElsewhere: Staff;
let legal: Staff;

beforeAll(async () => {
  await ensureNetwork();
  [admin, admin2, officer, supervisor, supervisorElsewhere, legal] = await Promise.all([
    createStaff("ADMIN"),
    createStaff("ADMIN"),
    createStaff("OFFICER", { consulate: "LAX" }),
    createStaff("SUPERVISOR", { region: "OESTE" }),
    createStaff("SUPERVISOR", { region: "TEXAS" }),
    createStaff("LEGAL_AID", { consulate: "LAX" }),
  ]);
});

const context = <P>(params: P) => ({ params: Promise.resolve(params) });
const send = (method: string, body?: unknown) =>
  new Request("http://localhost/api", { method, ...(body !== undefined && { headers: { "content-type": "application/json" }, body: JSON.stringify(body) }) });
const policy = (name: "RESCINDED" | "NOT_DETAINED" | "CLOSED") => db.retentionPolicy.findUniqueOrThrow({ where: { class: name } });

describe("[ADMIN] retention schedules", () => {
  it("are for administrators only", async () => {
    const before = await policy("NOT_DETAINED");
    for (const who of [officer, supervisor, legal]) {
      session.scope = who.scope;
      expect((await getOverview(send("GET"), context({}))).status).toBe(403);
      const refused = await putPolicy(send("PUT", { version: before.version, coarsenAfterDays: 10, purgeAfterDays: 20 }), context({ class: "NOT_DETAINED" }));
      expect(refused.status).toBe(403);
    }
    session.scope = null;
    expect((await getOverview(send("GET"), context({}))).status).toBe(401);
    expect(await policy("NOT_DETAINED")).toEqual(before);
  });

  it("names the field of each bad value and writes nothing", async () => {
    session.scope = admin.scope;
    const before = await policy("NOT_DETAINED");
    const cases: [unknown, string, string][] = [
      [{ coarsenAfterDays: 400, purgeAfterDays: 365 }, "coarsenAfterDays", "coarsen_before_purge"],
      [{ coarsenAfterDays: 365, purgeAfterDays: 365 }, "coarsenAfterDays", "coarsen_before_purge"],
      [{ coarsenAfterDays: 0, purgeAfterDays: 365 }, "coarsenAfterDays", "whole_days"],
      [{ coarsenAfterDays: 30, purgeAfterDays: 36_501 }, "purgeAfterDays", "whole_days"],
      [{ coarsenAfterDays: 1.5, purgeAfterDays: 365 }, "coarsenAfterDays", "whole_days"],
    ];
    for (const [change, path, message] of cases) {
      const response = await putPolicy(send("PUT", { version: before.version, ...(change as object) }), context({ class: "NOT_DETAINED" }));
      expect(response.status, JSON.stringify(change)).toBe(400);
      expect((await response.json()).issues, JSON.stringify(change)).toEqual([{ path, message }]);
    }
    const unknownClass = await putPolicy(send("PUT", { version: before.version, coarsenAfterDays: 30, purgeAfterDays: 365 }), context({ class: "OPEN" }));
    expect(unknownClass.status).toBe(400);
    expect(await policy("NOT_DETAINED")).toEqual(before);
  });

  it("saves at the version read, audited before and after, and refuses a stale save naming the change that came first", async () => {
    const before = await policy("NOT_DETAINED");
    session.scope = admin.scope;
    const saved = await putPolicy(send("PUT", { version: before.version, coarsenAfterDays: 60, purgeAfterDays: null }), context({ class: "NOT_DETAINED" }));
    expect(saved.status).toBe(200);
    expect((await saved.json()).policy).toMatchObject({ class: "NOT_DETAINED", coarsenAfterDays: 60, purgeAfterDays: null, version: before.version + 1, updatedByName: admin.user.name });
    const audit = await db.auditLog.findFirst({ where: { action: "retention.policy.update", actorUserId: admin.user.id }, orderBy: { id: "desc" } });
    expect(audit?.data).toEqual({ before: { coarsenAfterDays: before.coarsenAfterDays, purgeAfterDays: before.purgeAfterDays }, after: { coarsenAfterDays: 60, purgeAfterDays: null } });

    session.scope = admin2.scope;
    const stale = await putPolicy(send("PUT", { version: before.version, coarsenAfterDays: 20, purgeAfterDays: 200 }), context({ class: "NOT_DETAINED" }));
    expect(stale.status).toBe(409);
    const body = await stale.json();
    expect(body).toMatchObject({ error: "conflict", reason: "stale_version", currentVersion: before.version + 1, policy: { updatedByName: admin.user.name, coarsenAfterDays: 60, purgeAfterDays: null } });
    expect(await policy("NOT_DETAINED")).toMatchObject({ coarsenAfterDays: 60, purgeAfterDays: null });

    const overview = await getOverview(send("GET"), context({}));
    const read = await overview.json();
    expect(read.policies.map((p: { class: string }) => p.class)).toEqual(["RESCINDED", "NOT_DETAINED", "CLOSED"]);
    expect(read.preview).toEqual({ coarsen: expect.any(Number), purge: expect.any(Number), held: expect.any(Number) });

    // Back to the defaults, for the files that count on them.
    const back = await putPolicy(send("PUT", { version: before.version + 1, coarsenAfterDays: 30, purgeAfterDays: 365 }), context({ class: "NOT_DETAINED" }));
    expect(back.status).toBe(200);
  });

  it("shows the last run and what the next one would do", async () => {
    session.scope = admin.scope;
    const due = await createCaseAt({ consulate: "LAX", status: "RESCINDED", ownerId: officer.user.id });
    await db.case.update({ where: { id: due.id }, data: { closedAt: new Date(Date.now() - 40 * 86_400_000) } });
    const held = await createCaseAt({ consulate: "LAX", status: "RESCINDED", ownerId: officer.user.id });
    await db.case.update({ where: { id: held.id }, data: { closedAt: new Date(Date.now() - 40 * 86_400_000), legalHoldAt: new Date(), legalHoldById: officer.user.id, legalHoldReason: "x" } });
    const before = await (await getOverview(send("GET"), context({}))).json();
    expect(before.preview.coarsen).toBeGreaterThanOrEqual(1);
    expect(before.preview.held).toBeGreaterThanOrEqual(1);
    await runRetentionNow();
    const after = await (await getOverview(send("GET"), context({}))).json();
    expect(after.preview.coarsen).toBe(0);
    expect(after.preview.held).toBe(before.preview.held);
    expect(after.lastRun).toEqual({ finishedAt: expect.any(String), coarsened: before.preview.coarsen, purged: before.preview.purge });
  });
});

describe("[LEGAL] legal hold", () => {
  it("is placed with a reason at the case version, on the timeline and audited, and the run leaves the case whole; lifted the same way", async () => {
    const c = await createCaseAt({ consulate: "LAX", status: "RESCINDED", ownerId: officer.user.id, location: { lat: 34, lng: -118 } });
    await db.case.update({ where: { id: c.id }, data: { closedAt: new Date(Date.now() - 500 * 86_400_000) } });

    session.scope = supervisor.scope;
    const noReason = await putHold(send("PUT", { version: c.version, reason: "   " }), context({ id: c.id }));
    expect(noReason.status).toBe(400);
    expect((await noReason.json()).issues).toEqual([{ path: "reason", message: "required" }]);
    const stale = await putHold(send("PUT", { version: c.version + 5, reason: "Demanda" }), context({ id: c.id }));
    expect(stale.status).toBe(409);

    session.scope = supervisorElsewhere.scope;
    expect((await putHold(send("PUT", { version: c.version, reason: "Demanda" }), context({ id: c.id }))).status).toBe(404);
    session.scope = admin.scope;
    expect((await putHold(send("PUT", { version: c.version, reason: "Demanda" }), context({ id: c.id }))).status).toBe(403);

    session.scope = supervisor.scope;
    const placed = await putHold(send("PUT", { version: c.version, reason: "  Demanda colectiva  " }), context({ id: c.id }));
    expect(placed.status).toBe(200);
    const { case: summary, hold } = await placed.json();
    expect(summary.version).toBe(c.version + 1);
    expect(hold).toEqual({ caseId: c.id, version: c.version + 1, held: { at: expect.any(String), byName: supervisor.user.name, reason: "Demanda colectiva" }, purged: false });
    const row = await db.case.findUniqueOrThrow({ where: { id: c.id } });
    expect(row).toMatchObject({ legalHoldById: supervisor.user.id, legalHoldReason: "Demanda colectiva" });
    expect(row.legalHoldAt).not.toBeNull();
    const again = await putHold(send("PUT", { version: summary.version, reason: "Otra" }), context({ id: c.id }));
    expect(again.status).toBe(409);
    expect((await again.json()).reason).toBe("already_held");

    await runRetentionNow();
    const kept = await db.case.findUniqueOrThrow({ where: { id: c.id }, select: { coarsenedAt: true, purgedAt: true, lastLocation: true } });
    expect({ ...kept, lastLocation: openPoint(await keyring(), kept.lastLocation)?.lat }).toEqual({ coarsenedAt: null, purgedAt: null, lastLocation: 34 });

    session.scope = legal.scope;
    const lifted = await deleteHold(send("DELETE", { version: summary.version }), context({ id: c.id }));
    expect(lifted.status).toBe(200);
    expect(await db.case.findUniqueOrThrow({ where: { id: c.id }, select: { legalHoldAt: true, legalHoldById: true, legalHoldReason: true } })).toEqual({
      legalHoldAt: null,
      legalHoldById: null,
      legalHoldReason: null,
    });
    const timeline = await db.caseTimelineEntry.findMany({ where: { caseId: c.id }, orderBy: { id: "asc" }, select: { kind: true, actorUserId: true, data: true } });
    expect(timeline).toEqual([
      { kind: "LEGAL_HOLD_PLACED", actorUserId: supervisor.user.id, data: { reason: "Demanda colectiva" } },
      { kind: "LEGAL_HOLD_LIFTED", actorUserId: legal.user.id, data: {} },
    ]);
    const audit = await db.auditLog.findMany({ where: { targetId: c.id, action: { startsWith: "case.legal_hold" } }, orderBy: { id: "asc" }, select: { action: true, actorUserId: true } });
    expect(audit).toEqual([
      { action: "case.legal_hold.place", actorUserId: supervisor.user.id },
      { action: "case.legal_hold.lift", actorUserId: legal.user.id },
    ]);
    // Lifted, the next run does what the schedule says.
    await runRetentionNow();
    const tombstone = await db.case.findUniqueOrThrow({ where: { id: c.id }, select: { purgedAt: true, version: true } });
    expect(tombstone.purgedAt).not.toBeNull();

    // A tombstone is neither held nor reopened.
    session.scope = supervisor.scope;
    const onPurged = await putHold(send("PUT", { version: tombstone.version, reason: "Tarde" }), context({ id: c.id }));
    expect(onPurged.status).toBe(409);
    expect((await onPurged.json()).reason).toBe("purged");
    const { POST: reopen } = await import("@/app/api/v1/cases/[id]/reopen/route");
    const reopened = await reopen(send("POST", { version: tombstone.version, reason: "Volvió a llamar" }), context({ id: c.id }));
    expect(reopened.status).toBe(409);
    expect((await reopened.json()).reason).toBe("purged");
  });
});
