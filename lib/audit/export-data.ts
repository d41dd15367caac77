// The audit search as CSV, streamed a batch at a time (never the whole table
// in memory), up to EXPORT_LIMIT rows, with a BOM so spreadsheet apps read it
// as UTF-8. The export is itself audited before its first byte, with the
// filters and the row count it is about to send: an export that the client
// abandons halfway was still an export.
import "server-only";
import { csvCell } from "@/lib/reports/csv";
import type { StaffScope } from "@/lib/server/auth/scope";
import { recordAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { sql } from "@/lib/server/sql";
import { readAuditRows, resolveFilter } from "./data";
import { encodeCursor, type AuditFilter } from "./schema";
import { whereOf } from "./search-sql";
import type { AuditRow } from "./types";

export const EXPORT_LIMIT = 100_000;
const BATCH = 1_000;

type Export = {
  scope: StaffScope;
  filter: AuditFilter;
  timeZone: string;
  /** The header's cells, in the caller's language. */
  header: readonly string[];
  /** One row's cells, in the header's order. */
  cells: (row: AuditRow) => readonly unknown[];
};

const line = (cells: readonly unknown[]) => cells.map(csvCell).join(",") + "\r\n";

export const exportAuditCsv = async ({ scope, filter, timeZone, header, cells }: Export) => {
  // What existed when the export began: its own audit row, and anything after, stay out.
  const [{ max }] = await db.$queryRaw<{ max: bigint | null }[]>`SELECT max(id) AS max FROM audit_log`;
  const resolved = { ...(await resolveFilter(filter, timeZone)), maxId: max ?? 0n };
  const [{ n }] = await db.$queryRaw<{ n: number }[]>(
    sql`SELECT count(*)::int AS n FROM (SELECT 1 FROM audit_log a WHERE ${whereOf(resolved)} LIMIT ${EXPORT_LIMIT + 1}) matching`,
  );
  const rows = Math.min(n, EXPORT_LIMIT);
  await recordAudit({
    action: "audit.exported",
    actorUserId: scope.userId,
    targetType: "audit_log",
    data: { filters: { ...filter }, rows, truncated: n > EXPORT_LIMIT },
  });

  const encoder = new TextEncoder();
  let cursor: string | undefined;
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    start: (controller) => controller.enqueue(encoder.encode("\uFEFF" + line(header))),
    pull: async (controller) => {
      const batch = await readAuditRows(resolved, { cursor, limit: Math.min(BATCH, rows - sent) });
      if (batch.length > 0) controller.enqueue(encoder.encode(batch.map((row) => line(cells(row))).join("")));
      sent += batch.length;
      if (batch.length < BATCH || sent >= rows) {
        controller.close();
        return;
      }
      cursor = encodeCursor(batch[batch.length - 1]);
    },
  });
  return { stream, rows };
};
