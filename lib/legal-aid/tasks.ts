// Tasks of a case: a title, a due time and an owner who may work the case.
// Created, completed, reopened, cancelled, reassigned or moved, each on the
// timeline with before and after; reminders follow the due time while open.
// A title is staff's free text about the person ("Acta de nacimiento de
// Rosa"): sealed like a note, opened here (toTask, listOpenTasks).
import "server-only";
import type { z } from "zod";
import type { Tx } from "@/lib/server/db";
import type { StaffScope } from "@/lib/server/auth/scope";
import { AppError } from "@/lib/server/errors";
import { isUuid } from "@/lib/server/ids";
import { addTimeline } from "@/lib/cases/timeline";
import type { Keyring } from "@/lib/privacy/keyring";
import { keyring } from "@/lib/privacy/keys-data";
import { StaleWrite, writeCase } from "@/lib/cases/write";
import { diffFields } from "./diff";
import { onLegalCase, type LegalCase } from "./legal-case";
import { canWriteLegal } from "./policy";
import { syncReminders } from "./reminders";
import type { taskCreateSchema, TaskPatch } from "./schema";

export const taskSelect = {
  id: true,
  title: true,
  dueAt: true,
  status: true,
  ownerId: true,
  owner: { select: { name: true } },
  completedAt: true,
  version: true,
} as const;

type TaskRow = { title: string; dueAt: Date; completedAt: Date | null; status: string; owner: { name: string } };

/** A task as the screens show it, its title opened. */
export const toTask = <T extends TaskRow>(ring: Keyring, { owner, ...t }: T, now = new Date()) => ({
  ...t,
  title: ring.open(t.title),
  ownerName: owner.name,
  dueAt: t.dueAt.toISOString(),
  completedAt: t.completedAt?.toISOString() ?? null,
  overdue: t.status === "OPEN" && t.dueAt.getTime() < now.getTime(),
});

// Tasks go to people who can see and work the case: staff of its consulate, or a supervisor of its region.
const checkOwner = async (tx: Tx, row: LegalCase, ownerId: string) => {
  const user = await tx.user.findFirst({
    where: {
      id: ownerId,
      active: true,
      OR: [
        { consulateId: row.consulateId, role: { in: ["OFFICER", "LEGAL_AID"] } },
        { regionId: row.consulate.regionId, role: "SUPERVISOR" },
      ],
    },
    select: { id: true, name: true, role: true },
  });
  if (!user || !canWriteLegal(user.role)) {
    throw new AppError("invalid_body", "invalid_body", { issues: [{ path: "ownerId", message: "cannot work this case" }] });
  }
  return user;
};

type TaskInput = z.infer<typeof taskCreateSchema>;

export const createTask = ({ scope, caseId, task }: { scope: StaffScope; caseId: string; task: TaskInput }) =>
  writeCase(onLegalCase({ scope, caseId }), async ({ tx, row }) => {
    const owner = await checkOwner(tx, row, task.ownerId ?? scope.userId);
    const ring = await keyring();
    const created = await tx.caseTask.create({
      data: { caseId, title: ring.seal(task.title), dueAt: task.dueAt, ownerId: owner.id, createdById: scope.userId },
      select: taskSelect,
    });
    await addTimeline(tx, {
      caseId,
      kind: "TASK_ADDED",
      actorUserId: scope.userId,
      data: { taskId: created.id, title: task.title, dueAt: created.dueAt.toISOString(), owner: owner.name },
    });
    await syncReminders(tx, { type: "task", id: created.id, dueAt: created.dueAt });
    return toTask(ring, created);
  });

export const updateTask = ({ scope, caseId, taskId, patch }: { scope: StaffScope; caseId: string; taskId: string; patch: TaskPatch }) =>
  writeCase(onLegalCase({ scope, caseId }), async ({ tx, row }) => {
    if (!isUuid(taskId)) throw new AppError("not_found", "not_found");
    const ring = await keyring();
    const stored = await tx.caseTask.findFirst({ where: { id: taskId, caseId }, select: taskSelect });
    if (!stored) throw new AppError("not_found", "not_found");
    const current = { ...stored, title: ring.open(stored.title) };
    if (current.version !== patch.version) throw new StaleWrite("task");
    const { version, ownerId, ...fields } = patch;
    const owner = ownerId && ownerId !== current.ownerId ? await checkOwner(tx, row, ownerId) : null;
    const statusChanges = fields.status && fields.status !== current.status;
    const data = {
      ...fields,
      ...(fields.title !== undefined && { title: ring.seal(fields.title) }),
      ...(owner && { ownerId: owner.id }),
      ...(statusChanges && {
        completedAt: fields.status === "OPEN" ? null : new Date(),
        completedById: fields.status === "OPEN" ? null : scope.userId,
      }),
    };
    const changes = diffFields(current, fields);
    if (owner) changes.push({ field: "owner", before: current.owner.name, after: owner.name });
    if (changes.length === 0) return toTask(ring, stored);
    const { count } = await tx.caseTask.updateMany({ where: { id: taskId, version }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) throw new StaleWrite("task");
    await addTimeline(tx, { caseId, kind: "TASK_CHANGED", actorUserId: scope.userId, data: { taskId, title: current.title, changes } });
    const updated = await tx.caseTask.findUniqueOrThrow({ where: { id: taskId }, select: taskSelect });
    await syncReminders(tx, { type: "task", id: taskId, dueAt: updated.status === "OPEN" ? updated.dueAt : null });
    return toTask(ring, updated);
  });

/** Open tasks of a case, soonest first, titles opened: what closing has to deal with. */
export const listOpenTasks = async (tx: Tx, caseId: string) => {
  const [ring, rows] = await Promise.all([
    keyring(),
    tx.caseTask.findMany({ where: { caseId, status: "OPEN" }, select: { id: true, title: true, dueAt: true }, orderBy: { dueAt: "asc" } }),
  ]);
  return rows.map((row) => ({ ...row, title: ring.open(row.title) }));
};

/** Cancels every open task of a case being closed, each on the timeline. */
export const cancelOpenTasks = async (tx: Tx, { caseId, actorUserId }: { caseId: string; actorUserId: string }) => {
  const open = await listOpenTasks(tx, caseId);
  const now = new Date();
  for (const task of open) {
    await tx.caseTask.update({
      where: { id: task.id },
      data: { status: "CANCELLED", completedAt: now, completedById: actorUserId, version: { increment: 1 } },
    });
    await addTimeline(tx, {
      caseId,
      kind: "TASK_CHANGED",
      actorUserId,
      data: { taskId: task.id, title: task.title, changes: [{ field: "status", before: "OPEN", after: "CANCELLED" }], reason: "case_closed" },
    });
    await syncReminders(tx, { type: "task", id: task.id, dueAt: null });
  }
  return open.length;
};
