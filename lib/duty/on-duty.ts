// Who is on duty at a consulate at a moment: its active staff with a shift
// covering it, weekly shifts read in the consulate's own time zone (SQL
// function on_duty_user_ids, migration 20261215000000_escalation_incidents).
import "server-only";
import type { Tx } from "@/lib/server/db";

export const onDutyUserIds = async (tx: Pick<Tx, "$queryRaw">, { consulateId, at }: { consulateId: string; at: Date }) => {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT "id"::text FROM "on_duty_user_ids"(${consulateId}::uuid, ${at}) AS "id"`;
  return rows.map((row) => row.id);
};
