// Reminders before hearings and task deadlines, scheduled as durable jobs
// (lib/server/jobs). One job per target and offset (its singleton key), so a
// reschedule replaces it; the handler re-reads the target and fires only if
// the deadline it was scheduled for still stands; the reminder row is unique
// per target, offset and deadline, so a job run twice shows one reminder.
import "server-only";
import type { Tx } from "@/lib/server/db";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { isSerialId } from "@/lib/server/ids";
import { isEnded } from "@/lib/cases/lifecycle";
import { publishToUser } from "@/lib/cases/publish";
import { keyring } from "@/lib/privacy/keys-data";
import { cancelJobs, scheduleJob, type JobHandler } from "@/lib/server/jobs/queue";
import { REMINDER_CREATED, type ReminderNotice } from "./events";
import { reminderSchedule } from "./reminder-schedule";

export const REMINDER_QUEUE = "reminder";

export type ReminderTarget = { type: "task" | "hearing"; id: string };

const keyPrefix = ({ type, id }: ReminderTarget) => `reminder:${type}:${id}:`;

/**
 * Puts the target's reminders in line with its deadline: schedules the due
 * offsets, cancels the rest. `dueAt` null (done, cancelled) cancels them all.
 */
export const syncReminders = async (tx: Tx, target: ReminderTarget & { dueAt: Date | null; now?: Date }) => {
  const slots = target.dueAt ? reminderSchedule(target.dueAt, target.now ?? new Date()) : [];
  const keys: string[] = [];
  for (const { offsetMinutes, runAt } of slots) {
    const key = `${keyPrefix(target)}${offsetMinutes}`;
    keys.push(key);
    await scheduleJob(tx, {
      queue: REMINDER_QUEUE,
      key,
      runAt,
      payload: { type: target.type, id: target.id, offsetMinutes, dueAt: target.dueAt!.toISOString() },
    });
  }
  await cancelJobs(tx, { prefix: keyPrefix(target), except: keys });
};

/**
 * Closing a case with hearings still to come: their reminders are cancelled
 * (the hearings stay on record). Returns the hearings, for the timeline.
 */
export const cancelUpcomingHearingReminders = async (tx: Tx, { caseId, now }: { caseId: string; now: Date }) => {
  const hearings = await tx.hearing.findMany({
    where: { caseId, cancelledAt: null, result: null, scheduledAt: { gte: now } },
    orderBy: { scheduledAt: "asc" },
    select: { id: true, court: true, scheduledAt: true },
  });
  for (const hearing of hearings) await syncReminders(tx, { type: "hearing", id: hearing.id, dueAt: null });
  return hearings.map((h) => ({ hearingId: h.id, court: h.court, scheduledAt: h.scheduledAt.toISOString() }));
};

type Resolved = { caseId: string; caseNumber: string; userId: string | null; title: string; dueAt: Date } | null;

// The target as it is now, or null when it no longer needs a reminder.
const resolveTarget = async (tx: Tx, { type, id }: ReminderTarget): Promise<Resolved> => {
  if (type === "task") {
    const task = await tx.caseTask.findUnique({
      where: { id },
      select: { title: true, dueAt: true, status: true, ownerId: true, case: { select: { id: true, number: true, status: true } } },
    });
    if (!task || task.status !== "OPEN" || isEnded(task.case.status)) return null;
    return { caseId: task.case.id, caseNumber: task.case.number, userId: task.ownerId, title: (await keyring()).open(task.title), dueAt: task.dueAt };
  }
  const hearing = await tx.hearing.findUnique({
    where: { id },
    select: {
      court: true,
      scheduledAt: true,
      cancelledAt: true,
      result: true,
      case: { select: { id: true, number: true, status: true, ownerId: true, legalRecord: { select: { assigneeId: true } } } },
    },
  });
  if (!hearing || hearing.cancelledAt || hearing.result || isEnded(hearing.case.status)) return null;
  // The legal-aid staff member on the case; before one is assigned, the case's owner.
  const userId = hearing.case.legalRecord?.assigneeId ?? hearing.case.ownerId;
  return { caseId: hearing.case.id, caseNumber: hearing.case.number, userId, title: hearing.court, dueAt: hearing.scheduledAt };
};

export const fireReminder: JobHandler = async (tx, payload) => {
  const target = { type: payload.type as ReminderTarget["type"], id: String(payload.id) };
  const offsetMinutes = Number(payload.offsetMinutes);
  const dueAt = new Date(String(payload.dueAt));
  const current = await resolveTarget(tx, target);
  // Rescheduled since (a newer job carries the new time), done, or nobody to tell.
  if (!current || current.dueAt.getTime() !== dueAt.getTime() || !current.userId) return null;
  const [created] = await tx.reminder.createManyAndReturn({
    data: [{ userId: current.userId, caseId: current.caseId, targetType: target.type, targetId: target.id, offsetMinutes, dueAt }],
    skipDuplicates: true,
    select: { id: true, createdAt: true },
  });
  if (!created) return null;
  const notice: ReminderNotice = {
    id: String(created.id),
    caseId: current.caseId,
    caseNumber: current.caseNumber,
    targetType: target.type,
    targetId: target.id,
    title: current.title,
    dueAt: dueAt.toISOString(),
    offsetMinutes,
    createdAt: created.createdAt.toISOString(),
  };
  const userId = current.userId;
  return () => publishToUser(userId, REMINDER_CREATED, notice);
};

/** The signed-in user's reminders, newest first. */
export const listMyReminders = async ({ userId, unreadOnly = false }: { userId: string; unreadOnly?: boolean }) => {
  const rows = await db.reminder.findMany({
    where: { userId, ...(unreadOnly && { readAt: null }) },
    orderBy: { id: "desc" },
    take: 100,
    select: {
      id: true,
      caseId: true,
      targetType: true,
      targetId: true,
      offsetMinutes: true,
      dueAt: true,
      createdAt: true,
      readAt: true,
      case: { select: { number: true } },
    },
  });
  // The title a live notice carries (the task's, the hearing's court), so the list and the notice read alike.
  const ids = (type: string) => rows.filter((r) => r.targetType === type).map((r) => r.targetId);
  const [tasks, hearings] = await Promise.all([
    db.caseTask.findMany({ where: { id: { in: ids("task") } }, select: { id: true, title: true } }),
    db.hearing.findMany({ where: { id: { in: ids("hearing") } }, select: { id: true, court: true } }),
  ]);
  const ring = await keyring();
  const titles = new Map([...tasks.map((t) => [t.id, ring.open(t.title)] as const), ...hearings.map((h) => [h.id, h.court] as const)]);
  return rows.map(({ case: c, ...r }) => ({
    ...r,
    id: String(r.id),
    title: titles.get(r.targetId) ?? "",
    caseNumber: c.number,
    dueAt: r.dueAt.toISOString(),
    createdAt: r.createdAt.toISOString(),
    readAt: r.readAt?.toISOString() ?? null,
  }));
};

/**
 * Marks one of the user's reminders read: `updated` 0 when it already was.
 * Someone else's reminder, like a malformed id, is a 404: it does not exist for them.
 */
export const markReminderRead = async ({ userId, reminderId }: { userId: string; reminderId: string }) => {
  if (!isSerialId(reminderId)) throw new AppError("not_found", "not_found");
  const id = BigInt(reminderId);
  const { count } = await db.reminder.updateMany({ where: { id, userId, readAt: null }, data: { readAt: new Date() } });
  if (count === 0 && !(await db.reminder.findFirst({ where: { id, userId }, select: { id: true } }))) {
    throw new AppError("not_found", "not_found");
  }
  return { updated: count };
};
