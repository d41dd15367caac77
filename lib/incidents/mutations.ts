// The incident's lifecycle, written by people: PROPOSED → OPEN (confirmed),
// PROPOSED → DISMISSED (with a reason), OPEN → CLOSED; its lead; its notes.
// Every state write carries the version the writer saw and is applied only at
// it, so of two writes from the same version one wins and the other gets a 409
// with the incident as it now is, like a case's. Each is in the audit log, and
// published after the commit.
import { keyring } from "@/lib/privacy/keys-data";
import "server-only";
import { db, type Tx } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { recordAudit } from "@/lib/server/audit";
import type { StaffScope } from "@/lib/server/auth/scope";
import type { IncidentStatus } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { findVisibleIncident, getCommittedIncidents } from "./data";
import { queueIncidentOpenedNotices } from "./notices-mutations";
import { INCIDENT_WORKERS } from "./policy";
import { publishIncidents } from "./publish";
import type { IncidentNoteView, IncidentSummary } from "./types";

const rowSelect = { id: true, status: true, version: true, consulateId: true } satisfies Prisma.IncidentSelect;
type Row = Prisma.IncidentGetPayload<{ select: typeof rowSelect }>;

class StaleIncident extends Error {}

type Change = {
  scope: StaffScope;
  incidentId: string;
  version: number;
  /** The audit log's action, `incident.<verb>`. */
  action: string;
  /** The statuses this change may start from. */
  from: readonly IncidentStatus[];
  /** The update, and anything else it writes, on the incident as loaded. */
  apply: (tx: Tx, row: Row, now: Date) => Promise<{ data: Prisma.IncidentUncheckedUpdateManyInput; audit?: Record<string, unknown> }>;
};

const current = async (incidentId: string): Promise<IncidentSummary | null> => (await getCommittedIncidents([incidentId]))[0]?.summary ?? null;

const conflict = (reason: string, incident: IncidentSummary | null) =>
  new AppError("conflict", reason, { details: { reason, ...(incident && { currentStatus: incident.status, incident }) } });

const changeIncident = async ({ scope, incidentId, version, action, from, apply }: Change): Promise<IncidentSummary> => {
  if (!INCIDENT_WORKERS.includes(scope.role)) throw new AppError("forbidden", "role", { details: { reason: "role" } });
  try {
    await db.$transaction(async (tx) => {
      const row = await findVisibleIncident(tx, { scope, incidentId, select: rowSelect });
      if (row.version !== version) throw new StaleIncident();
      if (!from.includes(row.status)) throw conflict("not_allowed", null);
      const now = new Date();
      const { data, audit } = await apply(tx, row, now);
      const { count } = await tx.incident.updateMany({ where: { id: row.id, version }, data: { ...data, version: { increment: 1 }, updatedAt: now } });
      if (count === 0) throw new StaleIncident();
      await recordAudit({ action: `incident.${action}`, actorUserId: scope.userId, targetType: "incident", targetId: row.id, data: { from: row.status, ...audit } }, tx);
    });
  } catch (error) {
    // Answered after the rollback, with the incident as it now is, so the screen can redraw it.
    if (error instanceof StaleIncident) throw conflict("stale_version", await current(incidentId));
    if (error instanceof AppError && error.code === "conflict" && error.message === "not_allowed") throw conflict("not_allowed", await current(incidentId));
    throw error;
  }
  await publishIncidents([incidentId]);
  return (await current(incidentId))!;
};

type Guarded = { scope: StaffScope; incidentId: string; version: number };

/** A proposal confirmed: it opens, opened by the caller, and the people on duty are told. */
export const confirmIncident = (options: Guarded) =>
  changeIncident({
    ...options,
    action: "confirm",
    from: ["PROPOSED"],
    apply: async (tx, row, now) => {
      await queueIncidentOpenedNotices(tx, { incidentId: row.id, consulateId: row.consulateId, at: now });
      return { data: { status: "OPEN", openedAt: now, openedById: options.scope.userId } };
    },
  });

/** A proposal turned down, with why (kept in the audit log). Its cases stay marked with it, so the same panics are not proposed again. */
export const dismissIncident = (options: Guarded & { reason: string }) =>
  changeIncident({
    ...options,
    action: "dismiss",
    from: ["PROPOSED"],
    apply: async (_tx, _row, now) => ({ data: { status: "DISMISSED", closedAt: now, closedById: options.scope.userId }, audit: { reason: options.reason } }),
  });

/** An open incident over: no panic joins it any more; its cases go on as cases. */
export const closeIncident = (options: Guarded) =>
  changeIncident({
    ...options,
    action: "close",
    from: ["OPEN"],
    apply: async (_tx, _row, now) => ({ data: { status: "CLOSED", closedAt: now, closedById: options.scope.userId } }),
  });

/** Who leads it: an active staff member of its consulate, or nobody. */
export const setIncidentLead = (options: Guarded & { leadId: string | null }) =>
  changeIncident({
    ...options,
    action: "lead",
    from: ["PROPOSED", "OPEN"],
    apply: async (tx, row) => {
      const { leadId } = options;
      if (leadId !== null) {
        const lead = await tx.user.findFirst({ where: { id: leadId, consulateId: row.consulateId, active: true }, select: { id: true } });
        if (!lead) throw new AppError("invalid_body", "invalid_body", { issues: [{ path: "leadId", message: "not an active staff member of this incident's consulate" }] });
      }
      return { data: { leadId }, audit: { leadId } };
    },
  });

/** Appends a shared note (append-only: a trigger refuses changing one). */
export const addIncidentNote = async ({ scope, incidentId, body }: { scope: StaffScope; incidentId: string; body: string }): Promise<IncidentNoteView> => {
  // Sealed like a case's notes: a raid's notes name people too (lib/privacy).
  const ring = await keyring();
  const note = await db.$transaction(async (tx) => {
    const row = await findVisibleIncident(tx, { scope, incidentId, select: { id: true } });
    const created = await tx.incidentNote.create({ data: { incidentId: row.id, authorId: scope.userId, body: ring.seal(body) }, select: { id: true, createdAt: true } });
    await recordAudit({ action: "incident.note", actorUserId: scope.userId, targetType: "incident", targetId: row.id, data: { noteId: String(created.id) } }, tx);
    return created;
  });
  // Its page refetches its notes on the incident's live event.
  await publishIncidents([incidentId]);
  return { id: String(note.id), author: { id: scope.userId, name: scope.name }, body, createdAt: note.createdAt.toISOString() };
};
