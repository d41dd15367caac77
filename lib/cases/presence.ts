// Who has a case open. A socket asks to be counted on a case; the server
// checks that its user may see the case before it joins the case's room, and
// tells that room the viewers whenever they change. The room is the record:
// the viewers are its sockets, fetched through Socket.IO's adapter, so with
// REDIS_URL the sockets of every instance are counted, and an instance that
// dies takes its viewers with it (no second copy in Redis to go stale).
// lib/server/realtime runs it on every signed-in socket (lib/register.ts).
import type { StaffScope } from "@/lib/server/auth/scope";
import { isUuid } from "@/lib/server/ids";
import type { AmparoIo, AmparoSocket } from "@/lib/server/realtime/publish";
import { canSeeCase } from "./data";
import { CASE_PRESENCE, PRESENCE_JOIN, PRESENCE_LEAVE, type CasePresence, type CaseViewer } from "./events";
import { errorMessage, log } from "@/lib/server/log";

const MAX_CASES_PER_SOCKET = 20;
// Past this the other instances are not answering (Redis is away): this
// instance's own viewers are better than none.
const FETCH_TIMEOUT_MS = 2_000;

const caseRoom = (caseId: string) => `case:${caseId}`;

type ViewerData = { viewer?: CaseViewer };

const socketsIn = async (io: AmparoIo, room: string) => {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("no answer from the other instances")), FETCH_TIMEOUT_MS);
  });
  try {
    return await Promise.race([io.in(room).fetchSockets(), late]);
  } catch (error) {
    log("presence").error({ error: errorMessage(error) }, "presence across instances unavailable");
    return io.in(room).local.fetchSockets();
  } finally {
    clearTimeout(timer);
  }
};

const announce = async (io: AmparoIo, caseId: string) => {
  const sockets = await socketsIn(io, caseRoom(caseId));
  // One entry per person, however many tabs or instances they are on.
  const unique = new Map<string, CaseViewer>();
  for (const { data } of sockets) {
    const viewer = (data as ViewerData).viewer;
    if (viewer) unique.set(viewer.userId, viewer);
  }
  const presence: CasePresence = { caseId, viewers: [...unique.values()] };
  io.to(caseRoom(caseId)).emit(CASE_PRESENCE, presence);
};

// Announcements still on their way. A socket's disconnect announces after it
// is gone, as its server closes too: a shutdown waits for them before it
// closes Redis, whose closed connection would reject their publish.
const pending = new Set<Promise<void>>();

/** Resolves once every announcement under way has been sent (or given up). */
export const settlePresence = async () => {
  await Promise.allSettled([...pending]);
};

const canSee = async (scope: StaffScope, caseId: string) =>
  isUuid(caseId) && (await canSeeCase(scope, caseId).catch(() => false));

export const trackPresence = (io: AmparoIo, socket: AmparoSocket) => {
  const scope = socket.data.scope as StaffScope;
  // What the other viewers are shown, read back from whichever instance holds the socket.
  (socket.data as ViewerData).viewer = { userId: scope.userId, name: scope.name };
  const joined = new Set<string>();
  socket.on(PRESENCE_JOIN, async (caseId: unknown) => {
    if (typeof caseId !== "string" || joined.has(caseId) || joined.size >= MAX_CASES_PER_SOCKET) return;
    if (!(await canSee(scope, caseId))) return;
    joined.add(caseId);
    await socket.join(caseRoom(caseId));
    await announce(io, caseId);
  });
  socket.on(PRESENCE_LEAVE, async (caseId: unknown) => {
    if (typeof caseId !== "string" || !joined.delete(caseId)) return;
    await socket.leave(caseRoom(caseId));
    await announce(io, caseId);
  });
  // By now Socket.IO has taken the socket out of every room.
  socket.on("disconnect", () => {
    for (const caseId of joined) {
      const announced = announce(io, caseId).catch((error: Error) => log("presence").error({ error: errorMessage(error) }, "presence not announced"));
      pending.add(announced);
      void announced.finally(() => pending.delete(announced));
    }
    joined.clear();
  });
};
