// The legal record against the real PostgreSQL: A-number validation and
// uniqueness, field history on the timeline, optimistic concurrency, closing
// with open tasks, and a closed case that is read-only until reopened.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { isAppError } from "@/lib/server/errors";
import { reopenCase, transitionCase } from "@/lib/cases/mutations";
import { keyring } from "@/lib/privacy/keys-data";
import { aNumberIndex } from "@/lib/privacy/person";
import { openTimelineData } from "@/lib/privacy/timeline";
import { createCaseAt, createStaff, ensureNetwork, outcomeOf } from "@/lib/server/testing/fixtures";
import { getLegalDetail } from "./data";
import { scheduleHearing, updateHearing } from "./hearings";
import { updateLegalRecord } from "./record";
import { legalRecordPatchSchema } from "./schema";
import { createTask, updateTask } from "./tasks";

type Staff = Awaited<ReturnType<typeof createStaff>>;
let legal: Staff;
let officer: Staff;
let admin: Staff;

beforeAll(async () => {
  await ensureNetwork();
  [legal, officer, admin] = await Promise.all([
    createStaff("LEGAL_AID", { consulate: "LAX" }),
    createStaff("OFFICER", { consulate: "LAX" }),
    createStaff("ADMIN"),
  ]);
});


const referredCase = () => createCaseAt({ status: "REFERRED_LEGAL_AID", ownerId: officer.user.id });

const patch = (body: unknown) => legalRecordPatchSchema.parse(body);

const timelineOf = async (caseId: string, kind: string) => {
  const ring = await keyring();
  const rows = await db.caseTimelineEntry.findMany({ where: { caseId, kind: kind as never }, orderBy: { id: "asc" }, select: { data: true, actorUserId: true } });
  return rows.map((row) => ({ ...row, data: openTimelineData(ring, row.data) }));
};

describe("[LEGAL] A-number", () => {
  it("accepts 8 or 9 digits in any usual spelling and stores nine digits, sealed, with its blind index and search token", async () => {
    const c = await referredCase();
    await updateLegalRecord({ scope: legal.scope, caseId: c.id, patch: patch({ version: 0, aNumber: "A-12-345-678" }) });
    const ring = await keyring();
    const stored = await db.person.findUniqueOrThrow({ where: { id: c.personId } });
    expect(stored.aNumber).toMatch(/^pv1\./);
    expect(ring.open(stored.aNumber)).toBe("012345678");
    expect(stored.aNumberBidx).toBe(aNumberIndex(ring, "012345678"));
    expect(stored.searchTokens).toContain(aNumberIndex(ring, "012345678"));
    // The person's own tokens (name) stay beside it, and the case carries them all.
    expect(stored.searchTokens.filter((t) => t.startsWith("n:")).length).toBeGreaterThan(0);
    expect((await db.case.findUniqueOrThrow({ where: { id: c.id } })).searchTokens).toEqual(stored.searchTokens);
    const detail = await getLegalDetail(legal.scope, c.id);
    expect(detail).toMatchObject({ aNumber: "012345678", aNumberDisplay: "A012-345-678", recordVersion: 1 });
  });

  // The column holds an envelope now: its form is checked by the schema alone (no database CHECK can read it).
  it("refuses malformed numbers at the schema", async () => {
    for (const bad of ["A1234567", "A1234567890", "B123456789", "A-000-000-000"]) {
      expect(legalRecordPatchSchema.safeParse({ version: 0, aNumber: bad }).success, bad).toBe(false);
    }
  });

  it("belongs to one person: another person's case cannot take it, however it is typed", async () => {
    const [a, b] = await Promise.all([referredCase(), referredCase()]);
    const number = String(100_000_000 + Math.floor(Math.random() * 800_000_000));
    await updateLegalRecord({ scope: legal.scope, caseId: a.id, patch: patch({ version: 0, aNumber: number }) });
    const spelled = `A-${number.slice(0, 3)}-${number.slice(3, 6)}-${number.slice(6)}`;
    expect(await outcomeOf(updateLegalRecord({ scope: legal.scope, caseId: b.id, patch: patch({ version: 0, aNumber: spelled }) }))).toBe(
      "conflict:a_number_taken",
    );
    // Two writers racing for it: the unique index lets exactly one win.
    const [c1, c2] = await Promise.all([referredCase(), referredCase()]);
    const raced = String(100_000_000 + Math.floor(Math.random() * 800_000_000));
    const results = await Promise.all(
      [c1, c2].map((c) => outcomeOf(updateLegalRecord({ scope: legal.scope, caseId: c.id, patch: patch({ version: 0, aNumber: raced }) }))),
    );
    expect(results.sort()).toEqual(["conflict:a_number_taken", "ok"]);
    expect(await db.person.count({ where: { aNumberBidx: aNumberIndex(await keyring(), raced) } })).toBe(1);
  });
});

describe("[LEGAL] an A-number held in another consulate", () => {
  it("is refused without saying it belongs to someone, and the attempt is audited", async () => {
    const houstonLegal = await createStaff("LEGAL_AID", { consulate: "HOU" });
    const held = await createCaseAt({ consulate: "HOU", status: "REFERRED_LEGAL_AID" });
    const number = String(100_000_000 + Math.floor(Math.random() * 800_000_000));
    await updateLegalRecord({ scope: houstonLegal.scope, caseId: held.id, patch: patch({ version: 0, aNumber: number }) });

    const c = await referredCase();
    const refused = await updateLegalRecord({ scope: legal.scope, caseId: c.id, patch: patch({ version: 0, aNumber: number }) }).catch((e: unknown) => e);
    expect(isAppError(refused) && { code: refused.code, message: refused.message, details: refused.details }).toEqual({
      code: "conflict",
      message: "a_number_unavailable",
      details: { reason: "a_number_unavailable" },
    });
    expect((await db.person.findUniqueOrThrow({ where: { id: c.personId } })).aNumber).toBeNull();
    expect(await db.auditLog.count({ where: { action: "legal.a_number_refused", actorUserId: legal.user.id, targetId: c.id } })).toBe(1);
    // Houston, who can see the holder, is told plainly.
    const other = await createCaseAt({ consulate: "HOU", status: "REFERRED_LEGAL_AID" });
    expect(await outcomeOf(updateLegalRecord({ scope: houstonLegal.scope, caseId: other.id, patch: patch({ version: 0, aNumber: number }) }))).toBe(
      "conflict:a_number_taken",
    );
  });
});

describe("[LEGAL] field history", () => {
  it("puts every changed field on the timeline with before and after, and nothing for an unchanged write", async () => {
    const c = await referredCase();
    const facility = await db.detentionFacility.findUniqueOrThrow({ where: { code: "ADELANTO" } });
    await updateLegalRecord({
      scope: legal.scope,
      caseId: c.id,
      patch: patch({ version: 0, facilityId: facility.id, custodyStatus: "DETAINED", detainedOn: "2026-03-01", bondStatus: "REQUESTED" }),
    });
    await updateLegalRecord({
      scope: legal.scope,
      caseId: c.id,
      patch: patch({ version: 1, bondStatus: "SET", bondAmountCents: 750000, custodyStatus: "DETAINED", documents: { PASSPORT: "RECEIVED" }, assigneeId: legal.user.id }),
    });
    const unchanged = await updateLegalRecord({ scope: legal.scope, caseId: c.id, patch: patch({ version: 2, bondStatus: "SET" }) });
    expect(unchanged.changes).toEqual([]);

    const entries = await timelineOf(c.id, "LEGAL_RECORD_CHANGED");
    expect(entries).toHaveLength(2);
    expect(entries[0].actorUserId).toBe(legal.user.id);
    expect((entries[0].data as { changes: unknown[] }).changes).toEqual(
      expect.arrayContaining([
        { field: "custodyStatus", before: null, after: "DETAINED" },
        { field: "detainedOn", before: null, after: "2026-03-01T00:00:00.000Z" },
        { field: "bondStatus", before: null, after: "REQUESTED" },
        { field: "facility", before: null, after: "Adelanto ICE Processing Center" },
      ]),
    );
    expect((entries[1].data as { changes: unknown[] }).changes).toEqual([
      { field: "bondAmountCents", before: null, after: 750000 },
      { field: "bondStatus", before: "REQUESTED", after: "SET" },
      { field: "documents.PASSPORT", before: "MISSING", after: "RECEIVED" },
      { field: "assignee", before: null, after: legal.user.name },
    ]);
  });

  it("records hearing and task changes with before and after", async () => {
    const c = await referredCase();
    const hearing = await scheduleHearing({
      scope: legal.scope,
      caseId: c.id,
      hearing: { court: "Adelanto Immigration Court", scheduledAt: new Date(Date.now() + 10 * 86_400_000), type: "MASTER_CALENDAR" },
    });
    const later = new Date(Date.now() + 12 * 86_400_000);
    await updateHearing({ scope: legal.scope, caseId: c.id, hearingId: hearing.id, patch: { version: 1, scheduledAt: later, judge: "Hon. R. Ruiz" } });
    const [changed] = await timelineOf(c.id, "HEARING_CHANGED");
    expect((changed.data as { changes: unknown[] }).changes).toEqual([
      { field: "scheduledAt", before: hearing.scheduledAt, after: later.toISOString() },
      { field: "judge", before: null, after: "Hon. R. Ruiz" },
    ]);

    const task = await createTask({ scope: legal.scope, caseId: c.id, task: { title: "Pedir copia del NTA", dueAt: new Date(Date.now() + 86_400_000) } });
    await updateTask({ scope: legal.scope, caseId: c.id, taskId: task.id, patch: { version: 1, status: "DONE" } });
    const [taskChange] = await timelineOf(c.id, "TASK_CHANGED");
    expect((taskChange.data as { changes: unknown[] }).changes).toEqual([{ field: "status", before: "OPEN", after: "DONE" }]);
  });

  it("refuses a stale version with 409 and changes nothing", async () => {
    const c = await referredCase();
    await updateLegalRecord({ scope: legal.scope, caseId: c.id, patch: patch({ version: 0, lawyerName: "Lic. Ana Soto" }) });
    expect(await outcomeOf(updateLegalRecord({ scope: officer.scope, caseId: c.id, patch: patch({ version: 0, lawyerName: "Otro" }) }))).toBe(
      "conflict:stale_version",
    );
    expect((await db.legalRecord.findUniqueOrThrow({ where: { caseId: c.id } })).lawyerName).toBe("Lic. Ana Soto");
  });

  it("hides the case from administrators and from other consulates", async () => {
    const c = await referredCase();
    expect(await outcomeOf(updateLegalRecord({ scope: admin.scope, caseId: c.id, patch: patch({ version: 0, lawyerName: "X" }) }))).toBe("not_found:not_found");
    expect(await getLegalDetail(admin.scope, c.id)).toBeNull();
    const houston = await createStaff("LEGAL_AID", { consulate: "HOU" });
    expect(await outcomeOf(updateLegalRecord({ scope: houston.scope, caseId: c.id, patch: patch({ version: 0, lawyerName: "X" }) }))).toBe("not_found:not_found");
    expect(await getLegalDetail(houston.scope, c.id)).toBeNull();
  });
});

describe("[LEGAL] closing", () => {
  it("refuses to close with open tasks, naming them; cancels them when asked; then the case is read-only until reopened", async () => {
    const c = await referredCase();
    const task = await createTask({ scope: legal.scope, caseId: c.id, task: { title: "Llamar al abogado", dueAt: new Date(Date.now() + 86_400_000) } });
    const closing = { scope: legal.scope, caseId: c.id, version: c.version, to: "CLOSED" as const, outcome: "RELEASED_ON_BOND" as const };

    try {
      await transitionCase(closing);
      expect.unreachable();
    } catch (error) {
      expect(isAppError(error) && error.message).toBe("open_tasks");
      expect(isAppError(error) && error.details?.openTasks).toEqual([{ id: task.id, title: "Llamar al abogado", dueAt: task.dueAt }]);
    }
    expect((await db.case.findUniqueOrThrow({ where: { id: c.id } })).status).toBe("REFERRED_LEGAL_AID");

    const closed = await transitionCase({ ...closing, cancelOpenTasks: true });
    expect(closed.status).toBe("CLOSED");
    expect((await db.caseTask.findUniqueOrThrow({ where: { id: task.id } })).status).toBe("CANCELLED");
    const jobs = await db.job.findMany({ where: { singletonKey: { startsWith: `reminder:task:${task.id}:` } } });
    expect(jobs.every((j) => j.state === "CANCELLED")).toBe(true);

    expect(await outcomeOf(updateLegalRecord({ scope: legal.scope, caseId: c.id, patch: patch({ version: 0, lawyerName: "X" }) }))).toBe(
      "conflict:case_closed",
    );
    expect(await outcomeOf(createTask({ scope: legal.scope, caseId: c.id, task: { title: "x", dueAt: new Date(Date.now() + 1e7) } }))).toBe(
      "conflict:case_closed",
    );
    expect((await getLegalDetail(legal.scope, c.id))?.writable).toBe(false);

    await reopenCase({ scope: officer.scope, caseId: c.id, version: closed.version, reason: "Nueva audiencia" });
    expect(await outcomeOf(updateLegalRecord({ scope: legal.scope, caseId: c.id, patch: patch({ version: 0, lawyerName: "X" }) }))).toBe("ok");
  });

  it("creates the legal record when a case is referred", async () => {
    const c = await createCaseAt({ status: "DETENTION_CONFIRMED", ownerId: officer.user.id });
    await transitionCase({ scope: officer.scope, caseId: c.id, version: c.version, to: "REFERRED_LEGAL_AID" });
    expect((await db.legalRecord.findUniqueOrThrow({ where: { caseId: c.id } })).referredAt).toBeInstanceOf(Date);
  });
});
