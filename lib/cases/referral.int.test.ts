// Issue 12: a referral names who in legal aid takes the case, and closing with
// hearings still to come can cancel their reminders in the same write.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { isAppError } from "@/lib/server/errors";
import { scheduleHearing } from "@/lib/legal-aid/hearings";
import { listReferralAssignees } from "@/lib/legal-aid/data";
import { createCaseAt, createStaff, ensureNetwork } from "@/lib/server/testing/fixtures";
import { getCommittedSummary } from "./data";
import { transitionCase } from "./mutations";

type Staff = Awaited<ReturnType<typeof createStaff>>;
let officer: Staff;
let legalA: Staff;
let legalB: Staff;
let legalHouston: Staff;
let otherOfficer: Staff;

beforeAll(async () => {
  await ensureNetwork();
  [officer, legalA, legalB, legalHouston, otherOfficer] = await Promise.all([
    createStaff("OFFICER", { consulate: "LAX" }),
    createStaff("LEGAL_AID", { consulate: "LAX" }),
    createStaff("LEGAL_AID", { consulate: "LAX" }),
    createStaff("LEGAL_AID", { consulate: "HOU" }),
    createStaff("OFFICER", { consulate: "LAX" }),
  ]);
});

const refusalOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
    return null;
  } catch (error) {
    if (!isAppError(error)) throw error;
    return { code: error.code, paths: (error.issues ?? []).map((issue) => issue.path) };
  }
};

const detained = () => createCaseAt({ status: "DETENTION_CONFIRMED", ownerId: officer.user.id });

const refer = (c: { id: string; version: number }, legalAssigneeId: string, reason?: string) =>
  transitionCase({ scope: officer.scope, caseId: c.id, version: c.version, to: "REFERRED_LEGAL_AID", legalAssigneeId, reason });

describe("[LEGAL] a referral names its legal-aid assignee", () => {
  it("records the assignee on the legal record, the summary and the timeline, with the note", async () => {
    const c = await detained();
    const summary = await refer(c, legalB.user.id, "Tiene audiencia el lunes");
    expect(summary.status).toBe("REFERRED_LEGAL_AID");
    expect(summary.legalAssignee).toEqual({ id: legalB.user.id, name: legalB.user.name });
    expect((await db.legalRecord.findUniqueOrThrow({ where: { caseId: c.id } })).assigneeId).toBe(legalB.user.id);
    // The queue's summaries (the database's view) say the same as the Prisma read.
    const [{ summary: viewed }] = await db.$queryRaw<{ summary: { legalAssignee: unknown } }[]>`SELECT summary FROM case_summaries WHERE id = ${c.id}::uuid`;
    expect(viewed.legalAssignee).toEqual({ id: legalB.user.id, name: legalB.user.name });
    expect((await getCommittedSummary(c.id))?.summary.legalAssignee).toEqual({ id: legalB.user.id, name: legalB.user.name });
    const entry = await db.caseTimelineEntry.findFirstOrThrow({ where: { caseId: c.id, kind: "STATUS_CHANGED" }, orderBy: { id: "desc" } });
    expect(entry.actorUserId).toBe(officer.user.id);
    expect(entry.data).toMatchObject({ to: "REFERRED_LEGAL_AID", legalAssignee: legalB.user.name, legalAssigneeId: legalB.user.id, reason: "Tiene audiencia el lunes" });
  });

  it("refuses another consulate's legal aid, and anyone who is not legal aid, changing nothing", async () => {
    for (const wrong of [legalHouston, otherOfficer]) {
      const c = await detained();
      expect(await refusalOf(refer(c, wrong.user.id))).toEqual({ code: "invalid_body", paths: ["legalAssigneeId"] });
      const after = await db.case.findUniqueOrThrow({ where: { id: c.id }, select: { status: true, version: true } });
      expect(after).toEqual({ status: "DETENTION_CONFIRMED", version: c.version });
      expect(await db.legalRecord.findUnique({ where: { caseId: c.id } })).toBeNull();
    }
  });

  it("refuses an assignee on any move but a referral", async () => {
    const c = await createCaseAt({ status: "ACKNOWLEDGED", ownerId: officer.user.id });
    const move = transitionCase({ scope: officer.scope, caseId: c.id, version: c.version, to: "IN_CONTACT", legalAssigneeId: legalA.user.id });
    expect(await refusalOf(move)).toEqual({ code: "invalid_body", paths: ["legalAssigneeId"] });
  });

  it("suggests the consulate's legal aid with the fewest open cases, and lists no one else", async () => {
    // Both start from whatever they hold; give the suggested one two more, and the other is suggested.
    const before = await listReferralAssignees(officer.scope, (await detained()).id);
    const suggested = before!.assignees.find((a) => a.id === before!.suggestedId)!;
    expect(before!.assignees.every((a) => a.openCases >= suggested.openCases)).toBe(true);
    expect(before!.assignees.map((a) => a.id)).not.toContain(legalHouston.user.id);
    expect(before!.assignees.map((a) => a.id)).not.toContain(otherOfficer.user.id);
    const [a, b] = [legalA, legalB].map((s) => before!.assignees.find((x) => x.id === s.user.id)!.openCases);
    const loaded = a <= b ? legalA : legalB;
    const other = a <= b ? legalB : legalA;
    for (let i = 0; i <= Math.abs(a - b); i++) await refer(await detained(), loaded.user.id);
    const after = await listReferralAssignees(officer.scope, (await detained()).id);
    const openOf = (s: Staff) => after!.assignees.find((x) => x.id === s.user.id)!.openCases;
    expect(openOf(loaded)).toBeGreaterThan(openOf(other));
    expect(after!.assignees.findIndex((x) => x.id === other.user.id)).toBeLessThan(after!.assignees.findIndex((x) => x.id === loaded.user.id));
  });

  it("hides the list from a consulate that cannot see the case", async () => {
    expect(await listReferralAssignees(legalHouston.scope, (await detained()).id)).toBeNull();
  });
});

describe("[LEGAL] closing with hearings still to come", () => {
  const withHearings = async () => {
    const c = await detained();
    const referred = await refer(c, legalA.user.id);
    const at = (hours: number) => new Date(Date.now() + hours * 3_600_000);
    const future = await scheduleHearing({ scope: legalA.scope, caseId: c.id, hearing: { court: "Adelanto", scheduledAt: at(72), type: "BOND" } });
    const past = await scheduleHearing({ scope: legalA.scope, caseId: c.id, hearing: { court: "Pasada", scheduledAt: at(-72), type: "MASTER_CALENDAR" } });
    const { version } = await db.case.findUniqueOrThrow({ where: { id: c.id }, select: { version: true } });
    return { c: { ...referred, version }, future, past };
  };
  const pendingJobs = (hearingId: string) =>
    db.job.count({ where: { singletonKey: { startsWith: `reminder:hearing:${hearingId}:` }, state: "PENDING" } });

  it("cancels the upcoming hearings' reminders in the same write as the close, and says so on the timeline", async () => {
    const { c, future } = await withHearings();
    expect(await pendingJobs(future.id)).toBeGreaterThan(0);
    const closed = await transitionCase({
      scope: legalA.scope,
      caseId: c.id,
      version: c.version,
      to: "CLOSED",
      outcome: "RELEASED_ON_BOND",
      cancelHearingReminders: true,
    });
    expect(closed.status).toBe("CLOSED");
    expect(await pendingJobs(future.id)).toBe(0);
    const entry = await db.caseTimelineEntry.findFirstOrThrow({ where: { caseId: c.id, kind: "STATUS_CHANGED" }, orderBy: { id: "desc" } });
    expect(entry.data).toMatchObject({ to: "CLOSED", remindersCancelled: [{ hearingId: future.id, court: "Adelanto" }] });
    // The hearing itself stays on record.
    expect((await db.hearing.findUniqueOrThrow({ where: { id: future.id } })).cancelledAt).toBeNull();
  });

  it("keeps the reminders when asked to, and when the close is refused", async () => {
    const { c, future } = await withHearings();
    const jobs = await pendingJobs(future.id);
    const stale = transitionCase({ scope: legalA.scope, caseId: c.id, version: c.version - 1, to: "CLOSED", outcome: "RELEASED_ON_BOND", cancelHearingReminders: true });
    expect((await refusalOf(stale))?.code).toBe("conflict");
    expect(await pendingJobs(future.id)).toBe(jobs);
    await transitionCase({ scope: legalA.scope, caseId: c.id, version: c.version, to: "CLOSED", outcome: "RELEASED_ON_BOND" });
    expect(await pendingJobs(future.id)).toBe(jobs);
  });
});
