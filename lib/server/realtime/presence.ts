// Who has a case open. A socket asks to be counted on a case; the server
// checks that its user may see the case before it joins the case's room, and
// tells that room the viewers whenever they change. In memory: one instance
// (scale-out would keep this in Redis).
import type { Socket } from "socket.io";
import { db } from "@/lib/server/db";
import { caseWhereForScope } from "@/lib/cases/policy";
import { CASE_PRESENCE, PRESENCE_JOIN, PRESENCE_LEAVE, type CaseViewer } from "@/lib/cases/events";
import type { StaffScope } from "@/lib/server/auth/scope";
import type { AmparoIo } from "./publish";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_CASES_PER_SOCKET = 20;

const viewers = new Map<string, Map<string, CaseViewer>>();
const caseRoom = (caseId: string) => `case:${caseId}`;

const announce = (io: AmparoIo, caseId: string) => {
  const bySocket = viewers.get(caseId);
  const unique = new Map([...(bySocket?.values() ?? [])].map((v) => [v.userId, v]));
  io.to(caseRoom(caseId)).emit(CASE_PRESENCE, { caseId, viewers: [...unique.values()] });
};

const leave = (io: AmparoIo, socket: Socket, caseId: string) => {
  const bySocket = viewers.get(caseId);
  if (!bySocket?.delete(socket.id)) return;
  if (bySocket.size === 0) viewers.delete(caseId);
  void socket.leave(caseRoom(caseId));
  announce(io, caseId);
};

const canSee = async (scope: StaffScope, caseId: string) =>
  UUID.test(caseId) &&
  (await db.case.count({ where: { AND: [{ id: caseId }, caseWhereForScope(scope)] } }).catch(() => 0)) > 0;

export const trackPresence = (io: AmparoIo, socket: Socket) => {
  const scope = socket.data.scope as StaffScope;
  const joined = new Set<string>();
  socket.on(PRESENCE_JOIN, async (caseId: unknown) => {
    if (typeof caseId !== "string" || joined.has(caseId) || joined.size >= MAX_CASES_PER_SOCKET) return;
    if (!(await canSee(scope, caseId))) return;
    joined.add(caseId);
    await socket.join(caseRoom(caseId));
    const bySocket = viewers.get(caseId) ?? new Map<string, CaseViewer>();
    bySocket.set(socket.id, { userId: scope.userId, name: scope.name });
    viewers.set(caseId, bySocket);
    announce(io, caseId);
  });
  socket.on(PRESENCE_LEAVE, (caseId: unknown) => {
    if (typeof caseId !== "string" || !joined.delete(caseId)) return;
    leave(io, socket, caseId);
  });
  socket.on("disconnect", () => {
    for (const caseId of joined) leave(io, socket, caseId);
    joined.clear();
  });
};
