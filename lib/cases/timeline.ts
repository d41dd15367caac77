// A case's timeline is written in the transaction of the change it records,
// so the history never shows a change that did not happen, nor misses one.
import type { Tx } from "@/lib/server/db";
import type { Prisma } from "@/lib/generated/prisma/client";

type Entry = Omit<Prisma.CaseTimelineEntryUncheckedCreateInput, "data"> & { data: object };

export const addTimeline = (tx: Tx, { caseId, kind, actorUserId, data }: Entry) =>
  tx.caseTimelineEntry.create({ data: { caseId, kind, actorUserId, data: data as Prisma.InputJsonObject } });
