// The read audit's one statement: many rows in one INSERT (unnest of arrays),
// through the pool, as the intake does, since it runs on every read's path.
import "server-only";
import { pool } from "@/lib/server/db";

export type ReadRow = {
  at: Date;
  actorUserId: string;
  action: string;
  targetType: string | null;
  targetId: string | null;
  data: Record<string, unknown>;
};

const INSERT = `
  INSERT INTO audit_log (at, actor_user_id, action, target_type, target_id, data)
  SELECT * FROM unnest($1::timestamptz[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::jsonb[])`;

/** Writes the rows in one statement; all or none. */
export const insertReadRows = async (rows: readonly ReadRow[]) => {
  await pool().query(INSERT, [
    rows.map((r) => r.at.toISOString()),
    rows.map((r) => r.actorUserId),
    rows.map((r) => r.action),
    rows.map((r) => r.targetType),
    rows.map((r) => r.targetId),
    rows.map((r) => JSON.stringify(r.data)),
  ]);
};
