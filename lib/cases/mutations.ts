import "server-only";
import { db, type Tx } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import type { StaffScope } from "@/lib/server/auth/scope";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CaseOutcome, CaseStatus, ContactResult } from "@/lib/generated/prisma/enums";
import { checkAction, isEnded, REASON_REQUIRED, type CaseAction } from "./lifecycle";
import { caseSummarySelect, toCaseSummary } from "./summary";
import { keyring } from "@/lib/privacy/keys-data";
import { addTimeline } from "./timeline";
import { caseConflict, findVisibleCase, updateCaseAtVersion, writeCase, type CaseRow } from "./write";
import { offerToWithdraw } from "@/lib/escalation/withdrawn-offer";
import { ensureLegalRecord, referralAssignee } from "@/lib/legal-aid/record";
import { cancelUpcomingHearingReminders } from "@/lib/legal-aid/reminders";
import { cancelOpenTasks, listOpenTasks } from "@/lib/legal-aid/tasks";
import type { AfterCommit } from "@/lib/server/jobs/queue";

// Every write to a case's state carries the version the user saw. The update
// matches on it, so of two writes from the same version one wins and the
// other gets a 409 with the newer state: nothing is overwritten silently.
// Notes and contact attempts only append and never conflict. All of them go
// through writeCase (./write), which also publishes the case after the commit.

type Guarded = { scope: StaffScope; caseId: string; version: number };

/** What of a case its lifecycle actions read: also what a bulk action over many cases loads (lib/incidents). */
export const caseStateSelect = {
  ...caseSummarySelect,
  personId: true,
  purgedAt: true,
} satisfies Prisma.CaseSelect;

export type CaseStateRow = CaseRow<typeof caseStateSelect>;
type Row = CaseStateRow;

const authorize = async (scope: StaffScope, row: Row, action: CaseAction) => {
  const refusal = checkAction(
    { userId: scope.userId, role: scope.role },
    { status: row.status, ownerId: row.ownerId, duress: row.duress, rescinded: row.rescinded },
    action,
  );
  if (refusal === "not_allowed") throw await caseConflict("not_allowed", row);
  if (refusal) throw new AppError("forbidden", refusal, { details: { reason: refusal, owner: row.owner?.name ?? null } });
};

/** writeCase options for a lifecycle action: the case's state, and the lifecycle's rule for this actor. */
const onCase = ({ scope, caseId, version }: { scope: StaffScope; caseId: string; version?: number }, action: CaseAction) => ({
  scope,
  caseId,
  version,
  select: caseStateSelect,
  policy: (row: Row) => authorize(scope, row, action),
});

/** Applies `data` only if the case is still at `version`, records it on the timeline; returns the case as written. */
const writeVersioned = async (
  tx: Tx,
  { row, version, data, timeline }: { row: Row; version: number; data: Prisma.CaseUncheckedUpdateManyInput; timeline: Omit<Prisma.CaseTimelineEntryUncheckedCreateInput, "caseId" | "data"> & { data: object } },
) => {
  await updateCaseAtVersion(tx, { caseId: row.id, version, data });
  await addTimeline(tx, { ...timeline, caseId: row.id });
  return toCaseSummary(await keyring(), await tx.case.findUniqueOrThrow({ where: { id: row.id }, select: caseSummarySelect }));
};

const requireReason = (reason: string | undefined) => {
  if (!reason?.trim()) throw new AppError("invalid_body", "invalid_body", { issues: [{ path: "reason", message: "required" }] });
  return reason.trim();
};

type TransitionOptions = Guarded & {
  to: CaseStatus;
  reason?: string;
  outcome?: CaseOutcome;
  cancelOpenTasks?: boolean;
  legalAssigneeId?: string;
  cancelHearingReminders?: boolean;
};

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

export type TransitionWork = Omit<TransitionOptions, "caseId"> & {
  row: Row;
  /** Where a transition hands what must happen after the commit (the backup consulate told its offer was withdrawn). */
  afterCommit: (effect: AfterCommit) => void;
};

/**
 * A transition's own writes, on a case already loaded, checked against the
 * lifecycle and at its version: shared by the one-case route (transitionCase)
 * and the bulk actions on an incident's cases, which run many in one transaction.
 */
export const applyTransition = async (tx: Tx, options: TransitionWork) => {
  const { scope, to, outcome, row } = options;
  const reason = REASON_REQUIRED.includes(to) ? requireReason(options.reason) : options.reason?.trim() || null;
  if (to === "CLOSED" && !outcome) {
    throw new AppError("invalid_body", "invalid_body", { issues: [{ path: "outcome", message: "required" }] });
  }
  if (options.legalAssigneeId && to !== "REFERRED_LEGAL_AID") {
    throw new AppError("invalid_body", "invalid_body", { issues: [{ path: "legalAssigneeId", message: "only with a referral to legal aid" }] });
  }
  const now = new Date();
  if (isEnded(to)) await settleOpenTasks(tx, { row, scope, cancel: options.cancelOpenTasks === true });
  const remindersCancelled =
    to === "CLOSED" && options.cancelHearingReminders ? await cancelUpcomingHearingReminders(tx, { caseId: row.id, now }) : [];
  const legalAssignee = options.legalAssigneeId
    ? await referralAssignee(tx, { consulateId: row.consulateId, userId: options.legalAssigneeId })
    : null;
  if (to === "REFERRED_LEGAL_AID") await ensureLegalRecord(tx, { caseId: row.id, referredAt: now, assigneeId: legalAssignee?.id });
  const data: Prisma.CaseUncheckedUpdateManyInput = { status: to };
  if (to === "ACKNOWLEDGED") Object.assign(data, { ownerId: row.ownerId ?? scope.userId, acknowledgedAt: now });
  if (to === "IN_CONTACT") data.contactedAt = now;
  // The answer the escalation waited for: taken (an untaken level), or contacted (a contact overdue); an ended case waits for nobody.
  if ((to === "ACKNOWLEDGED" && row.status === "NEW") || to === "IN_CONTACT" || isEnded(to)) Object.assign(data, { escalationLevel: null, escalatedAt: null });
  // Leaving NEW withdraws an open backup offer (in the database); the backup's screens hear it after the commit.
  if (row.status === "NEW") {
    const withdrawn = await offerToWithdraw(tx, { caseId: row.id, caseNumber: row.number, fromConsulateCode: row.consulate.code });
    if (withdrawn) options.afterCommit(withdrawn);
  }
  if (to === "CLOSED") data.outcome = outcome;
  if (to === "CLOSED" || to === "NOT_DETAINED" || to === "RESCINDED") data.closedAt = now;
  return writeVersioned(tx, {
    row,
    version: options.version,
    data,
    timeline: {
      kind: "STATUS_CHANGED",
      actorUserId: scope.userId,
      data: {
        from: row.status,
        to,
        reason,
        outcome: outcome ?? null,
        ...(legalAssignee && { legalAssignee: legalAssignee.name, legalAssigneeId: legalAssignee.id }),
        ...(remindersCancelled.length > 0 && { remindersCancelled }),
      },
    },
  });
};

export const transitionCase = (options: TransitionOptions) =>
  writeCase(onCase(options, { kind: "transition", to: options.to }), ({ tx, row, afterCommit }) => applyTransition(tx, { ...options, row, afterCommit }));

export const reopenCase = (options: Guarded & { reason?: string }) =>
  writeCase(onCase(options, { kind: "reopen" }), async ({ tx, row }) => {
    const { scope } = options;
    // A purged case is a tombstone (lib/retention): nothing of it is left to work.
    if (row.purgedAt) throw await caseConflict("purged", row);
    const reason = requireReason(options.reason);
    // The one who reopens takes it, unless it still has an owner.
    const ownerId = row.ownerId ?? (scope.role === "OFFICER" ? scope.userId : null);
    return writeVersioned(tx, {
      row,
      version: options.version,
      data: { status: "ACKNOWLEDGED", outcome: null, closedAt: null, ownerId },
      timeline: { kind: "REOPENED", actorUserId: scope.userId, data: { from: row.status, reason } },
    });
  });

/** Officers of the case's consulate who can be given the case. */
export const listAssignees = async (scope: StaffScope, caseId: string) => {
  const row = await findVisibleCase(db, { scope, caseId, select: { consulateId: true } });
  return db.user.findMany({
    where: { consulateId: row.consulateId, role: "OFFICER", active: true },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
};

/** An assignment's own writes on a case already loaded and checked (see applyTransition). */
export const applyAssignment = async (tx: Tx, options: Omit<Guarded, "caseId"> & { ownerId: string; row: Row }) => {
  const { scope, ownerId, row } = options;
  const assignee = await tx.user.findFirst({
    where: { id: ownerId, consulateId: row.consulateId, role: "OFFICER", active: true },
    select: { id: true, name: true },
  });
  if (!assignee) {
    throw new AppError("invalid_body", "invalid_body", {
      issues: [{ path: "ownerId", message: "not an active officer of this case's consulate" }],
    });
  }
  return writeVersioned(tx, {
    row,
    version: options.version,
    data: { ownerId },
    timeline: {
      kind: "ASSIGNED",
      actorUserId: scope.userId,
      data: { from: row.owner?.name ?? null, fromId: row.ownerId, to: assignee.name, toId: assignee.id },
    },
  });
};

export const assignCase = (options: Guarded & { ownerId: string }) =>
  writeCase(onCase(options, { kind: "assign" }), ({ tx, row }) => applyAssignment(tx, { ...options, row }));

export const addNote = ({ scope, caseId, body }: { scope: StaffScope; caseId: string; body: string }) =>
  writeCase(onCase({ scope, caseId }, { kind: "note" }), async ({ tx, row }) => {
    const note = await tx.caseNote.create({
      data: { caseId: row.id, authorId: scope.userId, body: (await keyring()).seal(body) },
      select: { id: true, createdAt: true },
    });
    await addTimeline(tx, { caseId: row.id, kind: "NOTE_ADDED", actorUserId: scope.userId, data: { noteId: String(note.id) } });
    return { id: String(note.id), body, authorName: scope.name, createdAt: note.createdAt.toISOString() };
  });

type ContactAttemptInput = { contactName: string; phone?: string; result: ContactResult; notes?: string };

export const logContactAttempt = ({ scope, caseId, attempt }: { scope: StaffScope; caseId: string; attempt: ContactAttemptInput }) =>
  writeCase(onCase({ scope, caseId }, { kind: "contact" }), async ({ tx, row }) => {
    const ring = await keyring();
    const stored = await tx.caseContactAttempt.create({
      data: {
        caseId: row.id,
        authorId: scope.userId,
        result: attempt.result,
        contactName: ring.seal(attempt.contactName),
        phone: ring.seal(attempt.phone),
        notes: ring.seal(attempt.notes),
      },
      select: { id: true, result: true, createdAt: true },
    });
    const created = { ...stored, contactName: attempt.contactName, phone: attempt.phone ?? null, notes: attempt.notes ?? null };
    // A contact logged on a taken case answers its escalation (lib/escalation: contact overdue).
    await tx.case.updateMany({
      where: { id: row.id, status: { not: "NEW" }, escalationLevel: { not: null } },
      data: { escalationLevel: null, escalatedAt: null },
    });
    await addTimeline(tx, {
      caseId: row.id,
      kind: "CONTACT_LOGGED",
      actorUserId: scope.userId,
      data: { attemptId: String(created.id), contactName: created.contactName, result: created.result },
    });
    return { ...created, id: String(created.id), authorName: scope.name, createdAt: created.createdAt.toISOString() };
  });
