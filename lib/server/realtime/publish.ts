// The bridge from domain code to Socket.IO. server.ts registers the server
// here; Next's route handlers run in the same process but in other module
// instances, hence globalThis. Events and their payloads are the domains'
// (typed in lib/cases/events.ts, sent through lib/cases/publish.ts): this
// module only carries them to rooms.
import type { Server, Socket } from "socket.io";

export type AmparoIo = Server;
export type AmparoSocket = Socket;

const holder = globalThis as unknown as { amparoIo?: AmparoIo };

export const registerIo = (io: AmparoIo) => {
  holder.amparoIo = io;
};

/** How many signed-in sockets this instance holds (the metrics' gauge). */
export const localSocketCount = () => holder.amparoIo?.of("/").sockets.size ?? 0;

/**
 * Closes this instance's sockets for a shutdown. A server-side disconnect is
 * the reason lib/client/use-live-socket.ts answers by connecting again a
 * moment later, through the balancer to an instance that is still up.
 */
export const disconnectLocalSockets = () => holder.amparoIo?.local.disconnectSockets(true);

/** Every socket of one user joins this room: notices meant for them alone, and their disconnection. */
export const userRoom = (userId: string) => `user:${userId}`;

/**
 * Sends an event to the given rooms. Call only after the commit. Without a
 * Socket.IO server in this process (a script, a test) there is nobody to tell.
 */
export const emitToRooms = (rooms: string[], event: string, ...args: unknown[]) => {
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
