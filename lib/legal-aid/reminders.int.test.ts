// Durable reminders against the real PostgreSQL: a reminder scheduled before
// a "restart" fires after it, once, even when two workers race or a job runs
// again; a rescheduled deadline fires for its new time only; a completed task
// never fires; the owner hears it live, after the commit.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Writable } from "node:stream";
import { db } from "@/lib/server/db";
import { createLogger, replaceLogger } from "@/lib/server/log";
import { runOneJob } from "@/lib/server/jobs/queue";
import { startWorker } from "@/lib/server/jobs/worker";
import { captureRealtime } from "@/lib/server/testing/fake-io";
import { createCaseAt, createStaff, ensureNetwork } from "@/lib/server/testing/fixtures";
import { scheduleHearing } from "./hearings";
import { fireReminder, listMyReminders, REMINDER_QUEUE } from "./reminders";
import { createTask, updateTask } from "./tasks";

type Staff = Awaited<ReturnType<typeof createStaff>>;
let legal: Staff;
let officer: Staff;
let realtime: ReturnType<typeof captureRealtime>;

beforeAll(async () => {
  await ensureNetwork();
  [legal, officer] = await Promise.all([createStaff("LEGAL_AID", { consulate: "LAX" }), createStaff("OFFICER", { consulate: "LAX" })]);
  realtime = captureRealtime();
});

afterAll(() => realtime.release());

const handlers = { [REMINDER_QUEUE]: fireReminder };
const jobsOf = (kind: string, id: string) =>
  db.job.findMany({ where: { singletonKey: { startsWith: `reminder:${kind}:${id}:` } }, orderBy: { singletonKey: "asc" } });
const remindersOf = (targetId: string) => db.reminder.findMany({ where: { targetId } });
// Time travel for one target: its jobs become due now.
const makeDue = (kind: string, id: string) =>
  db.$executeRaw`UPDATE "jobs" SET "run_at" = now() - interval '1 second' WHERE starts_with("singleton_key", ${`reminder:${kind}:${id}:`}) AND "state" = 'PENDING'`;
const drainAll = async () => {
  while ((await runOneJob(handlers)) !== "idle");
};

describe("[LEGAL] durable reminders", () => {
  it("survives a restart and fires once, even with two workers racing and a job run twice", async () => {
    const c = await createCaseAt({ status: "REFERRED_LEGAL_AID", ownerId: officer.user.id });
    const dueAt = new Date(Date.now() + 72 * 3_600_000);
    const task = await createTask({ scope: legal.scope, caseId: c.id, task: { title: "Presentar moción de fianza", dueAt } });
    const jobs = await jobsOf("task", task.id);
    expect(jobs.map((j) => [j.singletonKey.split(":").at(-1), j.state, j.runAt.getTime()])).toEqual([
      ["120", "PENDING", dueAt.getTime() - 120 * 60_000],
      ["2880", "PENDING", dueAt.getTime() - 2880 * 60_000],
    ]);

    // A worker runs and stops ("the server restarts") before the reminder is due.
    const first = startWorker({ handlers, intervalMs: 50 });
    await new Promise((r) => setTimeout(r, 150));
    await first.stop();
    expect(await remindersOf(task.id)).toHaveLength(0);

    // After the restart the reminder is due; two new workers race for it.
    await makeDue("task", task.id);
    await Promise.all([drainAll(), drainAll()]);
    const fired = await remindersOf(task.id);
    expect(fired).toHaveLength(2);
    expect(fired.every((r) => r.userId === legal.user.id)).toBe(true);
    expect((await jobsOf("task", task.id)).every((j) => j.state === "DONE")).toBe(true);

    // The same job run again (say, a crash after the effect but before "done") acts once.
    await db.job.updateMany({ where: { singletonKey: { startsWith: `reminder:task:${task.id}:` } }, data: { state: "PENDING", runAt: new Date(0) } });
    await drainAll();
    await fireReminder(db as never, { type: "task", id: task.id, offsetMinutes: 120, dueAt: dueAt.toISOString() });
    expect(await remindersOf(task.id)).toHaveLength(2);

    const notices = realtime.emitted.filter((e) => e.event === "reminder:created" && (e.payload as { targetId: string }).targetId === task.id);
    expect(notices).toHaveLength(2);
    expect(notices.every((n) => n.rooms.join() === `user:${legal.user.id}`)).toBe(true);
    const listed = (await listMyReminders({ userId: legal.user.id })).filter((r) => r.targetId === task.id);
    expect(listed).toHaveLength(2);
    // The list names the task as the live notice does.
    expect(listed.map((r) => r.title)).toEqual([task.title, task.title]);
  });

  it("fires a rescheduled deadline for its new time only, and never for a completed task", async () => {
    const c = await createCaseAt({ status: "REFERRED_LEGAL_AID", ownerId: officer.user.id });
    const task = await createTask({ scope: legal.scope, caseId: c.id, task: { title: "Conseguir acta", dueAt: new Date(Date.now() + 72 * 3_600_000) } });
    const oldPayloads = (await jobsOf("task", task.id)).map((j) => j.payload);
    const moved = new Date(Date.now() + 96 * 3_600_000);
    const updated = await updateTask({ scope: legal.scope, caseId: c.id, taskId: task.id, patch: { version: 1, dueAt: moved } });
    const jobs = await jobsOf("task", task.id);
    expect(jobs).toHaveLength(2); // replaced, not added
    expect(jobs.every((j) => (j.payload as { dueAt: string }).dueAt === moved.toISOString())).toBe(true);
    // A stale job for the old time (as if claimed before the change) does nothing.
    for (const payload of oldPayloads) await fireReminder(db as never, payload as Record<string, unknown>);
    expect(await remindersOf(task.id)).toHaveLength(0);

    await updateTask({ scope: legal.scope, caseId: c.id, taskId: task.id, patch: { version: updated.version as number, status: "DONE" } });
    expect((await jobsOf("task", task.id)).every((j) => j.state === "CANCELLED")).toBe(true);
    await db.job.updateMany({ where: { singletonKey: { startsWith: `reminder:task:${task.id}:` } }, data: { state: "PENDING", runAt: new Date(0) } });
    await drainAll();
    expect(await remindersOf(task.id)).toHaveLength(0);
  });

  it("reminds the case's legal-aid assignee before a hearing, falling back to its owner", async () => {
    const c = await createCaseAt({ status: "REFERRED_LEGAL_AID", ownerId: officer.user.id });
    // A failed job is logged through the service's logger (lib/server/log.ts): catch its error lines.
    const errors: string[] = [];
    const restoreLogger = replaceLogger(createLogger(new Writable({ write: (chunk, _encoding, done) => void (errors.push(String(chunk)), done()) }), "error"));
    const hearing = await scheduleHearing({
      scope: legal.scope,
      caseId: c.id,
      hearing: { court: "Adelanto Immigration Court", scheduledAt: new Date(Date.now() + 3_600_000), type: "BOND" },
    });
    // Inside the last two hours: one reminder, due now.
    const [job] = await jobsOf("hearing", hearing.id);
    expect(job.singletonKey.endsWith(":120")).toBe(true);
    expect(job.runAt.getTime()).toBeLessThanOrEqual(Date.now());
    await drainAll();
    const [reminder] = await remindersOf(hearing.id);
    expect(reminder.userId).toBe(officer.user.id);
    restoreLogger();
    expect(errors).toEqual([]);
  });
});
