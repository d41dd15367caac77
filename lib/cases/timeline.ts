// A case's timeline is written in the transaction of the change it records,
// so the history never shows a change that did not happen, nor misses one.
// Personal values in an entry are sealed here (lib/privacy/timeline.ts).
import type { Tx } from "@/lib/server/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { keyring } from "@/lib/privacy/keys-data";
import { sealTimelineData } from "@/lib/privacy/timeline";

type Entry = Omit<Prisma.CaseTimelineEntryUncheckedCreateInput, "data"> & { data: object };

export const addTimeline = async (tx: Tx, { caseId, kind, actorUserId, data }: Entry) => {
  const sealed = sealTimelineData(await keyring(), kind, data as Record<string, unknown>);
  return tx.caseTimelineEntry.create({ data: { caseId, kind, actorUserId, data: sealed as Prisma.InputJsonObject } });
};
