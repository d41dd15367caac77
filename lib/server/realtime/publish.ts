// The bridge from domain code to Socket.IO. server.ts registers the server
// here; Next's route handlers run in the same process but in other module
// instances, hence globalThis.
import type { Server } from "socket.io";
import { roomsForCase, userRoom } from "@/lib/cases/policy";
import type { CaseSummary, ClientToServerEvents, ServerToClientEvents } from "@/lib/cases/events";

export type AmparoIo = Server<ClientToServerEvents, ServerToClientEvents>;

const holder = globalThis as unknown as { amparoIo?: AmparoIo };

export const registerIo = (io: AmparoIo) => {
  holder.amparoIo = io;
};

type CaseEvent = "case:created" | "case:updated";

/** Sends a case event to the rooms that may see it. Call only after the commit. */
export const publishCase = (event: CaseEvent, summary: CaseSummary, regionId: string) => {
  const io = holder.amparoIo;
  if (!io) return;
  io.to(roomsForCase({ consulateId: summary.consulateId, regionId })).emit(event, summary);
};

/** Sends an event to every socket of one user. Call only after the commit. */
export const publishToUser = <E extends keyof ServerToClientEvents>(
  userId: string,
  event: E,
  ...args: Parameters<ServerToClientEvents[E]>
) => {
  holder.amparoIo?.to(userRoom(userId)).emit(event, ...args);
};

/** Sends an event to the rooms that may see cases of this consulate. Call only after the commit. */
export const publishToConsulate = <E extends keyof ServerToClientEvents>(
  where: { consulateId: string; regionId: string },
  event: E,
  ...args: Parameters<ServerToClientEvents[E]>
) => {
  holder.amparoIo?.to(roomsForCase(where)).emit(event, ...args);
};

/** Sends an event to the given rooms (from lib/cases/policy). Call only after the commit. */
export const publishToRooms = <E extends keyof ServerToClientEvents>(
  rooms: string[],
  event: E,
  ...args: Parameters<ServerToClientEvents[E]>
) => {
  if (rooms.length > 0) holder.amparoIo?.to(rooms).emit(event, ...args);
};

/**
 * Closes every socket of one user, on every instance (through the adapter's
 * Redis when there is one). Call after the change that shut them out has
 * committed: the handshake then refuses their reconnect.
 */
export const disconnectUser = (userId: string) => {
  const io = holder.amparoIo;
  if (!io) return;
  // Here first and directly: with the adapter even this instance's sockets
  // would otherwise wait for the request to come back from Redis.
  io.in(userRoom(userId)).local.disconnectSockets(true);
  io.in(userRoom(userId)).disconnectSockets(true);
};
