// The escalation policy against the real PostgreSQL, with the job queue's
// controllable clock: each step fires at its target and not a second before,
// a take cancels what is pending, duress skips the wait, a restart or two
// racing workers change nothing, nobody off duty is told, and the backup
// consulate sees an untaken case only once it is offered, and takes it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { runOneJob } from "@/lib/server/jobs/queue";
import { captureRealtime } from "@/lib/server/testing/fake-io";
import { createCaseAt, createStaff, ensureNetwork, outcomeOf } from "@/lib/server/testing/fixtures";
import { getCase } from "@/lib/cases/detail-data";
import { logContactAttempt, transitionCase } from "@/lib/cases/mutations";
import { onDutyUserIds } from "@/lib/duty/on-duty";
import type { CaseSummary } from "@/lib/cases/events";
import { listOfferedCases } from "./data";
import { fireEscalation, takeOffer } from "./mutations";
import { ESCALATION_QUEUE } from "./steps";

type Staff = Awaited<ReturnType<typeof createStaff>>;
// Boise, backed up by Salt Lake City: consulates no other suite works in.
const HOME = "BOI";
const BACKUP = "SLC";
const POLICY = { ackAmberMinutes: 5, ackRedMinutes: 15, offerAfterMinutes: 15, contactRedMinutes: 60 };
const MINUTE = 60_000;
const SECOND = 1_000;

let onDuty: Staff;
let offDuty: Staff;
let supervisor: Staff;
let backupOnDuty: Staff;
let backupOffDuty: Staff;
let realtime: ReturnType<typeof captureRealtime>;

const handlers = { [ESCALATION_QUEUE]: fireEscalation };
/** One worker's turn at an instant, on this case's jobs only. */
const runAt = (caseId: string, now: Date) => runOneJob(handlers, { now, keyPrefix: `escalation:${caseId}` });
const at = (from: Date, ms: number) => new Date(from.getTime() + ms);

const escalations = async (caseId: string) =>
  (await db.caseTimelineEntry.findMany({ where: { caseId, kind: "ESCALATED" }, orderBy: { id: "asc" }, select: { data: true } })).map(
    (e) => e.data as { step: string; level: string; told: number },
  );
const toldAt = async (caseId: string, step: string) =>
  new Set((await db.staffNotice.findMany({ where: { caseId, stepKey: `escalation:${caseId}:${step}` }, select: { userId: true } })).map((n) => n.userId));
const levelOf = async (caseId: string) => (await db.case.findUniqueOrThrow({ where: { id: caseId }, select: { escalationLevel: true } })).escalationLevel;
const jobsOf = (caseId: string) =>
  db.job.findMany({ where: { singletonKey: { startsWith: `escalation:${caseId}` } }, orderBy: { singletonKey: "asc" }, select: { singletonKey: true, state: true, runAt: true } });

const shift = async (user: Staff, consulateId: string) =>
  db.dutyShift.create({
    data: { consulateId, userId: user.user.id, kind: "ONCE", startsAt: new Date(Date.now() - 86_400_000), endsAt: new Date(Date.now() + 86_400_000), createdById: supervisor.user.id },
  });

beforeAll(async () => {
  await ensureNetwork();
  const backup = await db.consulate.findUniqueOrThrow({ where: { code: BACKUP }, select: { id: true } });
  const home = await db.consulate.update({ where: { code: HOME }, data: { ...POLICY, escalationEnabled: true, backupConsulateId: backup.id }, select: { id: true, region: { select: { code: true } } } });
  [onDuty, offDuty, supervisor, backupOnDuty, backupOffDuty] = await Promise.all([
    createStaff("OFFICER", { consulate: HOME }),
    createStaff("OFFICER", { consulate: HOME }),
    createStaff("SUPERVISOR", { region: home.region.code }),
    createStaff("OFFICER", { consulate: BACKUP }),
    createStaff("OFFICER", { consulate: BACKUP }),
  ]);
  // Only these two are on duty now; their colleagues are not.
  await shift(onDuty, home.id);
  await shift(backupOnDuty, backup.id);
  realtime = captureRealtime();
});

afterAll(() => realtime.release());

describe("[ESCALATION] the policy's timers", () => {
  it("fires each step at its target and not one second before, telling only who is on duty", async () => {
    const c = await createCaseAt({ consulate: HOME });
    const amber = at(c.alertAt, POLICY.ackAmberMinutes * MINUTE);
    const red = at(c.alertAt, POLICY.ackRedMinutes * MINUTE);
    const offer = at(red, POLICY.offerAfterMinutes * MINUTE);
    // The database scheduled the first step with the case.
    expect(await jobsOf(c.id)).toEqual([{ singletonKey: `escalation:${c.id}`, state: "PENDING", runAt: amber }]);

    expect(await runAt(c.id, at(amber, -SECOND))).toBe("idle");
    expect(await levelOf(c.id)).toBeNull();
    expect(await runAt(c.id, amber)).toBe("ran");
    expect(await levelOf(c.id)).toBe("ON_DUTY");
    const onDutyNow = await onDutyUserIds(db, { consulateId: c.consulateId, at: amber });
    expect(onDutyNow).toContain(onDuty.user.id);
    expect(onDutyNow).not.toContain(offDuty.user.id);
    expect(await toldAt(c.id, "amber")).toEqual(new Set(onDutyNow));

    expect(await runAt(c.id, at(red, -SECOND))).toBe("idle");
    expect(await runAt(c.id, red)).toBe("ran");
    expect(await levelOf(c.id)).toBe("SUPERVISORS");
    const told = await toldAt(c.id, "red");
    expect(told.has(supervisor.user.id) && told.has(onDuty.user.id)).toBe(true);
    expect(told.has(offDuty.user.id)).toBe(false);
    // The supervisors' queue hears it live, with the level to flag.
    const live = realtime.emitted.filter((e) => e.event === "case:updated" && (e.payload as CaseSummary).id === c.id);
    expect(live.map((e) => (e.payload as CaseSummary).escalation?.level)).toContain("SUPERVISORS");
    expect(live.some((e) => e.rooms.some((room) => room.startsWith("region-cases:")))).toBe(true);

    expect(await runAt(c.id, at(offer, -SECOND))).toBe("idle");
    expect(await runAt(c.id, offer)).toBe("ran");
    expect(await levelOf(c.id)).toBe("BACKUP");
    expect(await toldAt(c.id, "offer")).toEqual(new Set([backupOnDuty.user.id]));
    const steps = await escalations(c.id);
    expect(steps.map((s) => s.step)).toEqual(["amber", "red", "offer"]);
    expect(steps.map((s) => s.told)).toEqual([onDutyNow.length, told.size, 1]);
    // Nothing is left to run: the chain ends with the offer.
    expect(await runAt(c.id, at(offer, 24 * 60 * MINUTE))).toBe("idle");
  });

  it("cancels the pending steps when the case is taken, then raises a taken case with no contact, until one is logged", async () => {
    const c = await createCaseAt({ consulate: HOME });
    const amber = at(c.alertAt, POLICY.ackAmberMinutes * MINUTE);
    expect(await runAt(c.id, amber)).toBe("ran");
    expect(await levelOf(c.id)).toBe("ON_DUTY");

    const taken = await transitionCase({ scope: onDuty.scope, caseId: c.id, version: c.version, to: "ACKNOWLEDGED" });
    expect(taken.escalation).toBeNull();
    const jobs = await jobsOf(c.id);
    expect(jobs.find((j) => j.singletonKey === `escalation:${c.id}:red`)?.state).toBe("CANCELLED");
    // Red would have been due by now: nothing runs, nothing more is recorded.
    expect(await runAt(c.id, at(c.alertAt, 30 * MINUTE))).toBe("idle");
    expect((await escalations(c.id)).map((s) => s.step)).toEqual(["amber"]);

    const { acknowledgedAt } = await db.case.findUniqueOrThrow({ where: { id: c.id }, select: { acknowledgedAt: true } });
    const overdue = at(acknowledgedAt!, POLICY.contactRedMinutes * MINUTE);
    expect(jobs.find((j) => j.singletonKey === `escalation:${c.id}:contact`)).toMatchObject({ state: "PENDING", runAt: overdue });
    expect(await runAt(c.id, at(overdue, -SECOND))).toBe("idle");
    expect(await runAt(c.id, overdue)).toBe("ran");
    expect(await levelOf(c.id)).toBe("CONTACT_OVERDUE");
    const told = await toldAt(c.id, "contact");
    expect(told.has(onDuty.user.id)).toBe(true);
    expect(told.has(offDuty.user.id)).toBe(false);

    await logContactAttempt({ scope: onDuty.scope, caseId: c.id, attempt: { contactName: "Hermana", result: "NO_ANSWER" } });
    expect(await levelOf(c.id)).toBeNull();
  });

  it("leaves alone a case taken while a worker held its step", async () => {
    const c = await createCaseAt({ consulate: HOME });
    await transitionCase({ scope: onDuty.scope, caseId: c.id, version: c.version, to: "ACKNOWLEDGED" });
    // The take's cancel skips a step a worker is running; that worker then reads the case.
    await db.job.updateMany({ where: { singletonKey: `escalation:${c.id}` }, data: { state: "PENDING" } });
    expect(await runAt(c.id, at(c.alertAt, POLICY.ackAmberMinutes * MINUTE))).toBe("ran");
    expect(await escalations(c.id)).toEqual([]);
    expect(await levelOf(c.id)).toBeNull();
    expect(await db.staffNotice.count({ where: { caseId: c.id } })).toBe(0);
    expect((await jobsOf(c.id)).some((j) => j.singletonKey === `escalation:${c.id}:red`)).toBe(false);
  });

  it("leaves alone a taken case whose contact was logged in time", async () => {
    const c = await createCaseAt({ consulate: HOME });
    await transitionCase({ scope: onDuty.scope, caseId: c.id, version: c.version, to: "ACKNOWLEDGED" });
    await logContactAttempt({ scope: onDuty.scope, caseId: c.id, attempt: { contactName: "Hermano", result: "REACHED_RELATIVE" } });
    expect(await runAt(c.id, at(c.alertAt, 2 * 60 * MINUTE))).toBe("ran");
    expect(await levelOf(c.id)).toBeNull();
    expect(await escalations(c.id)).toEqual([]);
  });

  it("escalates a duress cancel to the supervisors at once", async () => {
    const c = await createCaseAt({ consulate: HOME });
    // The intake's duress cancel sets the flag (migration 20261204000000_intake_function).
    await db.case.update({ where: { id: c.id }, data: { duress: true, priority: "CRITICAL" } });
    const now = new Date();
    expect(await runAt(c.id, now)).toBe("ran");
    expect(await levelOf(c.id)).toBe("SUPERVISORS");
    const told = await toldAt(c.id, "duress");
    expect(told.has(supervisor.user.id) && told.has(onDuty.user.id)).toBe(true);
    expect(told.has(offDuty.user.id)).toBe(false);
    expect((await escalations(c.id)).map((s) => s.step)).toEqual(["duress"]);
    // The amber step, when it comes, finds the case past it; the backup offer follows after the further interval.
    expect(await runAt(c.id, at(c.alertAt, POLICY.ackAmberMinutes * MINUTE))).toBe("ran");
    expect((await escalations(c.id)).map((s) => s.step)).toEqual(["duress"]);
    expect(await levelOf(c.id)).toBe("SUPERVISORS");
    const offer = (await jobsOf(c.id)).find((j) => j.singletonKey === `escalation:${c.id}:offer`);
    expect(offer?.state).toBe("PENDING");
    expect(offer!.runAt.getTime()).toBe(now.getTime() + POLICY.offerAfterMinutes * MINUTE);
  });

  it("changes nothing across a restart, and two workers racing run a step once", async () => {
    const c = await createCaseAt({ consulate: HOME });
    const amber = at(c.alertAt, POLICY.ackAmberMinutes * MINUTE);
    // A worker looks before the target, then stops; what it scheduled lives in PostgreSQL, not in it.
    expect(await runAt(c.id, at(amber, -10 * SECOND))).toBe("idle");
    // Two new workers race at the target.
    const results = await Promise.all([runAt(c.id, amber), runAt(c.id, amber)]);
    expect(results.filter((r) => r === "ran")).toHaveLength(1);
    expect(await escalations(c.id)).toHaveLength(1);
    const notices = await db.staffNotice.count({ where: { caseId: c.id } });
    expect(notices).toBeGreaterThan(0);

    // The same job run again (a crash after the effect, a hand reset): it acts once.
    await db.job.updateMany({ where: { singletonKey: `escalation:${c.id}` }, data: { state: "PENDING" } });
    expect(await runAt(c.id, amber)).toBe("ran");
    expect(await escalations(c.id)).toHaveLength(1);
    expect(await db.staffNotice.count({ where: { caseId: c.id } })).toBe(notices);
  });

  it("schedules nothing where the consulate turned escalation off", async () => {
    await db.consulate.update({ where: { code: HOME }, data: { escalationEnabled: false } });
    try {
      const c = await createCaseAt({ consulate: HOME });
      expect(await jobsOf(c.id)).toEqual([]);
    } finally {
      await db.consulate.update({ where: { code: HOME }, data: { escalationEnabled: true } });
    }
  });
});

describe("[ESCALATION] the backup offer", () => {
  const offered = async () => {
    const c = await createCaseAt({ consulate: HOME });
    for (const step of [POLICY.ackAmberMinutes, POLICY.ackRedMinutes, POLICY.ackRedMinutes + POLICY.offerAfterMinutes]) {
      expect(await runAt(c.id, at(c.alertAt, step * MINUTE))).toBe("ran");
    }
    return c;
  };

  it("shows the case to the backup consulate only once offered, and taking it moves it there", async () => {
    const c = await createCaseAt({ consulate: HOME });
    expect(await getCase(backupOnDuty.scope, c.id)).toBeNull();
    expect((await listOfferedCases(backupOnDuty.scope)).map((o) => o.caseId)).not.toContain(c.id);
    for (const step of [POLICY.ackAmberMinutes, POLICY.ackRedMinutes]) await runAt(c.id, at(c.alertAt, step * MINUTE));
    // Red: the supervisors know, the backup consulate still sees nothing.
    expect(await getCase(backupOnDuty.scope, c.id)).toBeNull();
    expect(await runAt(c.id, at(c.alertAt, (POLICY.ackRedMinutes + POLICY.offerAfterMinutes) * MINUTE))).toBe("ran");

    const offer = (await listOfferedCases(backupOffDuty.scope)).find((o) => o.caseId === c.id);
    expect(offer).toMatchObject({ caseNumber: c.number, fromConsulate: { code: HOME } });
    const seen = await getCase(backupOffDuty.scope, c.id);
    expect(seen?.offerId).toBe(offer!.id);
    expect(seen?.allowedActions).toEqual([]);
    expect(realtime.emitted.some((e) => e.event === "offer:changed" && e.rooms.some((r) => r.endsWith(seen!.summary.consulateId)))).toBe(false);
    const backup = await db.consulate.findUniqueOrThrow({ where: { code: BACKUP }, select: { id: true } });
    expect(realtime.emitted.some((e) => e.event === "offer:changed" && e.rooms.includes(`consulate:${backup.id}`))).toBe(true);

    const taken = await takeOffer({ scope: backupOffDuty.scope, offerId: offer!.id });
    expect(taken).toMatchObject({ consulateCode: BACKUP, status: "ACKNOWLEDGED", owner: { id: backupOffDuty.user.id }, escalation: null });
    expect((await db.caseOffer.findUniqueOrThrow({ where: { id: offer!.id } })).status).toBe("TAKEN");
    const kinds = (await db.caseTimelineEntry.findMany({ where: { caseId: c.id }, select: { kind: true } })).map((e) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(["OFFERED_TO_BACKUP", "OFFER_TAKEN"]));
    // Now the backup's own case, and no longer the origin's.
    expect((await getCase(backupOffDuty.scope, c.id))?.offerId).toBeNull();
    expect(await getCase(onDuty.scope, c.id)).toBeNull();
    expect(await outcomeOf(takeOffer({ scope: backupOnDuty.scope, offerId: offer!.id }))).toBe("not_found:not_found");
  });

  it("withdraws the offer when the origin consulate takes the case first", async () => {
    const c = await offered();
    const [offer] = await listOfferedCases(backupOnDuty.scope).then((list) => list.filter((o) => o.caseId === c.id));
    const current = await db.case.findUniqueOrThrow({ where: { id: c.id }, select: { version: true } });
    await transitionCase({ scope: onDuty.scope, caseId: c.id, version: current.version, to: "ACKNOWLEDGED" });
    expect((await db.caseOffer.findUniqueOrThrow({ where: { id: offer.id } })).status).toBe("WITHDRAWN");
    // The backup's panel hears it live.
    const backup = await db.consulate.findUniqueOrThrow({ where: { code: BACKUP }, select: { id: true } });
    const heard = realtime.emitted.filter((e) => e.event === "offer:changed" && (e.payload as { offerId: string }).offerId === offer.id);
    expect(heard.map((e) => [(e.payload as { status: string }).status, e.rooms.includes(`consulate:${backup.id}`)])).toEqual([
      ["OPEN", true],
      ["WITHDRAWN", true],
    ]);
    expect(await getCase(backupOnDuty.scope, c.id)).toBeNull();
    expect(await outcomeOf(takeOffer({ scope: backupOnDuty.scope, offerId: offer.id }))).toBe("not_found:not_found");
    expect(await levelOf(c.id)).toBeNull();
  });

  it("lets only officers take an offer", async () => {
    const c = await offered();
    const [offer] = (await listOfferedCases(backupOnDuty.scope)).filter((o) => o.caseId === c.id);
    const legal = await createStaff("LEGAL_AID", { consulate: BACKUP });
    expect(await outcomeOf(takeOffer({ scope: legal.scope, offerId: offer.id }))).toBe("forbidden:role");
    expect(await outcomeOf(takeOffer({ scope: onDuty.scope, offerId: offer.id }))).toBe("not_found:not_found");
  });
});
