// The read audit: who read which case's personal data, when, from where and
// why. One row per read request, written by group commit: a read queues its
// row and waits until it is committed; while one INSERT is in flight, the rows
// that arrive queue up and go together in the next one, so a burst of reads
// costs a few statements, not one each, and no row is ever held only in
// memory once its read has answered. Rows wait for no timer: the first row
// of an idle writer goes at once (after the current tick, so rows queued
// together share it).
//
// A read that cannot be audited is not answered (fail closed): readThenAudit()
// throws audit_unavailable (503) and the data is dropped. The row is queued
// once the read is known rather than beside it: overlapping them would write
// rows for reads that then found nothing (a 404 is no read), which the
// append-only log could never take back. The cost is the commit's round trip
// after the read, shared by every read queued meanwhile.
//
// Kept on globalThis: Next's route bundles and server.ts each load their own
// copy of this module, and shutdown must flush every copy's queue.
import "server-only";
import { AppError } from "@/lib/server/errors";
import { errorMessage, log } from "@/lib/server/log";
import { countReadAuditFlush } from "@/lib/server/metrics";
import type { ReadPurpose } from "./read-purpose";
import { insertReadRows, type ReadRow } from "./reads-data";

/** What a read returned, as its row's action: `read.<kind>`. */
import type { ReadKind } from "./read-kinds";

export type { ReadKind };

/** The personal parts of one case a read returned. */
export type ReadPart = "person" | "location" | "contacts" | "notes" | "contact_attempts" | "family_messages" | "legal" | "timeline" | "trail";

export type ReadEntry = {
  actorUserId: string;
  kind: ReadKind;
  /** The client's address (lib/server/http/client-address.ts). */
  ip: string;
  /** A read of one case: its id becomes the row's target. */
  caseId?: string;
  /** A read of one person's whole record (the subject's view): the person is the target. */
  personId?: string;
  parts?: readonly ReadPart[];
  /** Every case a list, search or export returned. */
  caseIds?: readonly string[];
  /** A search's terms as blind hashes (lib/privacy/blind-index.ts), never the text. */
  terms?: readonly (readonly string[])[];
  /** Where the screen asks why (read-purpose.ts; the subject's view has its own list of reasons). */
  purpose?: ReadPurpose | { reason: string; note?: string };
  /** How many rows an export held. */
  count?: number;
  /** An export's filter, its search text left out (the terms say it). */
  filter?: string;
  /** An export cut at its limit. */
  truncated?: boolean;
  /** The list a search ran on (read.search). */
  from?: ReadKind;
};

type Pending = { row: ReadRow; resolve: () => void; reject: (error: unknown) => void };

type Writer = { queue: Pending[]; draining: boolean; idle: Promise<void> | null };

// One statement's rows at most: six arrays of this length stay well inside a packet.
const MAX_BATCH = 500;

const holder = globalThis as unknown as { amparoReadAudit?: Writer };
const writer = (): Writer => (holder.amparoReadAudit ??= { queue: [], draining: false, idle: null });

export const toReadRow = (entry: ReadEntry, at = new Date()): ReadRow => {
  const data: Record<string, unknown> = { ip: entry.ip };
  if (entry.parts) data.parts = [...entry.parts];
  if (entry.caseIds) data.caseIds = [...new Set(entry.caseIds)];
  if (entry.terms) data.terms = entry.terms.map((alternatives) => [...alternatives]);
  if (entry.purpose) data.purpose = entry.purpose;
  if (entry.count !== undefined) data.count = entry.count;
  if (entry.filter !== undefined) data.filter = entry.filter;
  if (entry.truncated !== undefined) data.truncated = entry.truncated;
  if (entry.from) data.from = entry.from;
  return {
    at,
    actorUserId: entry.actorUserId,
    action: `read.${entry.kind}`,
    targetType: entry.caseId ? "case" : entry.personId ? "person" : null,
    targetId: entry.caseId ?? entry.personId ?? null,
    data,
  };
};

const writeBatch = async (batch: Pending[]) => {
  try {
    await insertReadRows(batch.map((p) => p.row));
    countReadAuditFlush(batch.length, true);
    for (const p of batch) p.resolve();
  } catch (error) {
    countReadAuditFlush(batch.length, false);
    log("audit").error({ rows: batch.length, error: errorMessage(error) }, "read audit not written: those reads answer 503");
    for (const p of batch) p.reject(error);
  }
};

const drain = async (w: Writer) => {
  await null;
  for (;;) {
    const batch = w.queue.splice(0, MAX_BATCH);
    // Checked and cleared in one tick: a row queued after this starts a new drain.
    if (batch.length === 0) {
      w.draining = false;
      return;
    }
    await writeBatch(batch);
  }
};

/** Queues one read's row; resolves once it is committed, rejects if it could not be. */
export const auditRead = (entry: ReadEntry): Promise<void> => {
  const w = writer();
  const committed = new Promise<void>((resolve, reject) => w.queue.push({ row: toReadRow(entry), resolve, reject }));
  if (!w.draining) {
    w.draining = true;
    w.idle = drain(w);
  }
  return committed;
};

export const AUDIT_UNAVAILABLE = () =>
  new AppError("audit_unavailable", "audit_unavailable", {
    details: { message: "This read could not be written to the audit log, so it is not answered. Try again in a moment." },
    retryAfterSeconds: 5,
  });

/**
 * A read and its row: the row is queued once the read is known (it names what
 * the read returned; a read that found nothing, null, writes no row, so a
 * refused or missing case leaves no trace of a read that did not happen), and
 * the answer waits for its commit; audit_unavailable when it could not be.
 */
export const readThenAudit = async <T>(read: () => Promise<T>, entryOf: (result: T) => ReadEntry | null): Promise<T> => {
  const result = await read();
  const entry = entryOf(result);
  if (entry) {
    try {
      await auditRead(entry);
    } catch {
      throw AUDIT_UNAVAILABLE();
    }
  }
  return result;
};

/** Shutdown: waits until every queued row is written (or has failed). */
export const flushReadAudit = async () => {
  const w = writer();
  while (w.draining && w.idle) await w.idle;
};
