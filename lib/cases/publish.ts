// Live events, typed by lib/cases/events.ts and sent to the rooms of
// lib/cases/policy.ts through lib/server/realtime, which knows neither. Every
// sender here is for after the commit.
import "server-only";
import { emitToRooms, userRoom } from "@/lib/server/realtime/publish";
import { REGION_CHANGED, type CaseSummary, type ServerToClientEvents } from "./events";
import { consulateRoom, regionCasesRoom, regionRoom, roomsForCase, withoutPoint } from "./policy";
import { getCommittedSummaries, getCommittedSummary } from "./data";
import { withPlace } from "./with-place";
import { errorMessage, log } from "@/lib/server/log";

type Args<E extends keyof ServerToClientEvents> = Parameters<ServerToClientEvents[E]>;

/** Sends an event to the given rooms (from lib/cases/policy). */
export const publishToRooms = <E extends keyof ServerToClientEvents>(rooms: string[], event: E, ...args: Args<E>) =>
  emitToRooms(rooms, event, ...args);

/** Sends an event to every socket of one user. */
export const publishToUser = <E extends keyof ServerToClientEvents>(userId: string, event: E, ...args: Args<E>) =>
  publishToRooms([userRoom(userId)], event, ...args);

/** Sends a notice that names no person and places none (a transfer) to the rooms that read this consulate's cases. */
export const publishToConsulate = <E extends keyof ServerToClientEvents>(
  where: { consulateId: string; regionId: string },
  event: E,
  ...args: Args<E>
) => publishToRooms(roomsForCase(where), event, ...args);

/** Sends a case event to the rooms that may see it, each as much of it as its screens show. */
export const publishCase = (event: "case:created" | "case:updated", summary: CaseSummary, regionId: string) => {
  publishToRooms([consulateRoom(summary.consulateId)], event, withPlace(summary));
  publishToRooms([regionCasesRoom(regionId)], event, withoutPoint(summary));
  publishToRooms([regionRoom(regionId)], REGION_CHANGED, { consulateCode: summary.consulateCode });
};

/** Reads the committed case and sends it to the rooms that may see it. */
/**
 * Many changed cases at once (a raid's panics joining an incident): their
 * committed summaries in one read per few hundred, from the view the queue
 * reads, instead of one read per case.
 */
export const publishCaseChanges = async (event: "case:created" | "case:updated", caseIds: Iterable<string>) => {
  const ids = [...new Set(caseIds)];
  for (let at = 0; at < ids.length; at += PUBLISH_BATCH) {
    try {
      for (const { summary, regionId } of await getCommittedSummaries(ids.slice(at, at + PUBLISH_BATCH))) publishCase(event, summary, regionId);
    } catch (error) {
      log("realtime").error({ cases: ids.length, error: errorMessage(error) }, "realtime publish failed");
    }
  }
};

const PUBLISH_BATCH = 500;

export const publishCaseChange = async (event: "case:created" | "case:updated", caseId: string) => {
  try {
    const committed = await getCommittedSummary(caseId);
    if (committed) publishCase(event, committed.summary, committed.regionId);
  } catch (error) {
    // The change is committed; a client that missed the push sees it on its next fetch.
    log("realtime").error({ caseId, error: errorMessage(error) }, "realtime publish failed");
  }
};
