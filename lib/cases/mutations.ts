import "server-only";
import { db, type Tx } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import type { StaffScope } from "@/lib/server/auth/scope";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CaseOutcome, CaseStatus, ContactResult } from "@/lib/generated/prisma/enums";
import { checkAction, isEnded, REASON_REQUIRED, type CaseAction } from "./lifecycle";
import { caseWhereForScope } from "./policy";
import { publishCaseChange } from "./publish";
import { caseSummarySelect, toCaseSummary } from "./summary";
import { ensureLegalRecord } from "@/lib/legal-aid/record";
import { cancelOpenTasks, listOpenTasks } from "@/lib/legal-aid/tasks";

// Every write to a case's state carries the version the user saw. The update
// matches on it, so of two writes from the same version one wins and the
// other gets a 409 with the newer state: nothing is overwritten silently.
// Notes and contact attempts only append and never conflict.

type Guarded = { scope: StaffScope; caseId: string; version: number };

const stateSelect = {
  ...caseSummarySelect,
  personId: true,
} satisfies Prisma.CaseSelect;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const loadVisible = async (tx: Tx, scope: StaffScope, caseId: string) => {
  if (!UUID.test(caseId)) throw new AppError("not_found", "not_found");
  const row = await tx.case.findFirst({ where: { AND: [{ id: caseId }, caseWhereForScope(scope)] }, select: stateSelect });
  if (!row) throw new AppError("not_found", "not_found");
  return row;
};

type Row = Awaited<ReturnType<typeof loadVisible>>;

const conflict = (reason: "stale_version" | "not_allowed" | "open_case_exists", row: Row) =>
  new AppError("conflict", reason, { details: { reason, currentStatus: row.status, case: toCaseSummary(row) } });

const authorize = (scope: StaffScope, row: Row, action: CaseAction) => {
  const refusal = checkAction(
    { userId: scope.userId, role: scope.role },
    { status: row.status, ownerId: row.ownerId, duress: row.duress, rescinded: row.rescinded },
    action,
  );
  if (refusal === "not_allowed") throw conflict("not_allowed", row);
  if (refusal) throw new AppError("forbidden", refusal, { details: { reason: refusal, owner: row.owner?.name ?? null } });
};

/** Applies `data` only if the case is still at `version`; records the change on the timeline. */
const writeVersioned = async (
  tx: Tx,
  { row, version, data, timeline }: { row: Row; version: number; data: Prisma.CaseUncheckedUpdateManyInput; timeline: Omit<Prisma.CaseTimelineEntryUncheckedCreateInput, "caseId"> },
) => {
  const { count } = await tx.case.updateMany({ where: { id: row.id, version }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw new StaleWrite();
  await tx.caseTimelineEntry.create({ data: { ...timeline, caseId: row.id } });
};

// Another write got in between our read and our update. The 409 is built
// after the rollback, from a fresh read, so it shows what won (and so no
// query runs outside the transaction while it holds the embedded database).
class StaleWrite extends Error {}

const loadVisibleAgain = (caseId: string) =>
  db.case.findUniqueOrThrow({ where: { id: caseId }, select: stateSelect });

const isUniqueViolation = (error: unknown) =>
  typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";

/** Runs a versioned write and publishes the result after the commit. */
const versionedWrite = async ({ scope, caseId, version }: Guarded, work: (tx: Tx, row: Row) => Promise<void>) => {
  try {
    await db.$transaction(async (tx) => {
      const row = await loadVisible(tx, scope, caseId);
      if (row.version !== version) throw conflict("stale_version", row);
      await work(tx, row);
    });
  } catch (error) {
    if (error instanceof StaleWrite) throw conflict("stale_version", await loadVisibleAgain(caseId));
    // Reopening while the person already has another open case.
    if (isUniqueViolation(error)) throw conflict("open_case_exists", await loadVisibleAgain(caseId));
    throw error;
  }
  await publishCaseChange("case:updated", caseId);
  const row = await db.case.findUniqueOrThrow({ where: { id: caseId }, select: caseSummarySelect });
  return toCaseSummary(row);
};

const requireReason = (reason: string | undefined) => {
  if (!reason?.trim()) throw new AppError("invalid_body", "invalid_body", { issues: [{ path: "reason", message: "required" }] });
  return reason.trim();
};

type TransitionOptions = Guarded & { to: CaseStatus; reason?: string; outcome?: CaseOutcome; cancelOpenTasks?: boolean };

// Ending a case (closing it, or finding there was no detention) never leaves
// work behind silently: with open tasks it is refused, naming them, unless
// the one who ends it explicitly cancels them in the same write.
const settleOpenTasks = async (tx: Tx, { row, scope, cancel }: { row: Row; scope: StaffScope; cancel: boolean }) => {
  if (cancel) return cancelOpenTasks(tx, { caseId: row.id, actorUserId: scope.userId });
  const open = await listOpenTasks(tx, row.id);
  if (open.length === 0) return 0;
  throw new AppError("conflict", "open_tasks", {
    details: {
      reason: "open_tasks",
      currentStatus: row.status,
      openTasks: open.map((t) => ({ id: t.id, title: t.title, dueAt: t.dueAt.toISOString() })),
    },
  });
};

export const transitionCase = (options: TransitionOptions) =>
  versionedWrite(options, async (tx, row) => {
    const { scope, to, outcome } = options;
    authorize(scope, row, { kind: "transition", to });
    const reason = REASON_REQUIRED.includes(to) ? requireReason(options.reason) : options.reason?.trim() || null;
    if (to === "CLOSED" && !outcome) {
      throw new AppError("invalid_body", "invalid_body", { issues: [{ path: "outcome", message: "required" }] });
    }
    const now = new Date();
    if (isEnded(to)) await settleOpenTasks(tx, { row, scope, cancel: options.cancelOpenTasks === true });
    if (to === "REFERRED_LEGAL_AID") await ensureLegalRecord(tx, { caseId: row.id, referredAt: now });
    const data: Prisma.CaseUncheckedUpdateManyInput = { status: to };
    if (to === "ACKNOWLEDGED") Object.assign(data, { ownerId: row.ownerId ?? scope.userId, acknowledgedAt: now });
    if (to === "IN_CONTACT") data.contactedAt = now;
    if (to === "CLOSED") data.outcome = outcome;
    if (to === "CLOSED" || to === "NOT_DETAINED" || to === "RESCINDED") data.closedAt = now;
    await writeVersioned(tx, {
      row,
      version: options.version,
      data,
      timeline: {
        kind: "STATUS_CHANGED",
        actorUserId: scope.userId,
        data: { from: row.status, to, reason, outcome: outcome ?? null },
      },
    });
  });

export const reopenCase = (options: Guarded & { reason?: string }) =>
  versionedWrite(options, async (tx, row) => {
    const { scope } = options;
    authorize(scope, row, { kind: "reopen" });
    const reason = requireReason(options.reason);
    // The one who reopens takes it, unless it still has an owner.
    const ownerId = row.ownerId ?? (scope.role === "OFFICER" ? scope.userId : null);
    await writeVersioned(tx, {
      row,
      version: options.version,
      data: { status: "ACKNOWLEDGED", outcome: null, closedAt: null, ownerId },
      timeline: { kind: "REOPENED", actorUserId: scope.userId, data: { from: row.status, reason } },
    });
  });

/** Officers of the case's consulate who can be given the case. */
export const listAssignees = async (scope: StaffScope, caseId: string) => {
  const row = await loadVisible(db as unknown as Tx, scope, caseId);
  return db.user.findMany({
    where: { consulateId: row.consulateId, role: "OFFICER", active: true },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
};

export const assignCase = (options: Guarded & { ownerId: string }) =>
  versionedWrite(options, async (tx, row) => {
    const { scope, ownerId } = options;
    authorize(scope, row, { kind: "assign" });
    const assignee = await tx.user.findFirst({
      where: { id: ownerId, consulateId: row.consulateId, role: "OFFICER", active: true },
      select: { id: true, name: true },
    });
    if (!assignee) {
      throw new AppError("invalid_body", "invalid_body", {
        issues: [{ path: "ownerId", message: "not an active officer of this case's consulate" }],
      });
    }
    await writeVersioned(tx, {
      row,
      version: options.version,
      data: { ownerId },
      timeline: {
        kind: "ASSIGNED",
        actorUserId: scope.userId,
        data: { from: row.owner?.name ?? null, fromId: row.ownerId, to: assignee.name, toId: assignee.id },
      },
    });
  });

/** Runs an append (note, contact attempt) for a case this scope may see, then publishes. */
const append = async <T>(scope: StaffScope, caseId: string, action: CaseAction, work: (tx: Tx, row: Row) => Promise<T>) => {
  const result = await db.$transaction(async (tx) => {
    const row = await loadVisible(tx, scope, caseId);
    authorize(scope, row, action);
    return work(tx, row);
  });
  await publishCaseChange("case:updated", caseId);
  return result;
};

export const addNote = ({ scope, caseId, body }: { scope: StaffScope; caseId: string; body: string }) =>
  append(scope, caseId, { kind: "note" }, async (tx, row) => {
    const note = await tx.caseNote.create({
      data: { caseId: row.id, authorId: scope.userId, body },
      select: { id: true, body: true, createdAt: true },
    });
    await tx.caseTimelineEntry.create({
      data: { caseId: row.id, kind: "NOTE_ADDED", actorUserId: scope.userId, data: { noteId: String(note.id) } },
    });
    return { id: String(note.id), body: note.body, authorName: scope.name, createdAt: note.createdAt.toISOString() };
  });

type ContactAttemptInput = { contactName: string; phone?: string; result: ContactResult; notes?: string };

export const logContactAttempt = ({ scope, caseId, attempt }: { scope: StaffScope; caseId: string; attempt: ContactAttemptInput }) =>
  append(scope, caseId, { kind: "contact" }, async (tx, row) => {
    const created = await tx.caseContactAttempt.create({
      data: { caseId: row.id, authorId: scope.userId, ...attempt },
      select: { id: true, contactName: true, phone: true, result: true, notes: true, createdAt: true },
    });
    await tx.caseTimelineEntry.create({
      data: {
        caseId: row.id,
        kind: "CONTACT_LOGGED",
        actorUserId: scope.userId,
        data: { attemptId: String(created.id), contactName: created.contactName, result: created.result },
      },
    });
    return { ...created, id: String(created.id), authorName: scope.name, createdAt: created.createdAt.toISOString() };
  });
