// The app's Socket.IO for integration tests: realtime attached (handshake,
// rooms, presence) as server.ts attaches it, on an http server of its own at
// a free port, with the adapter a test gives it (none, or Redis as another
// instance would have). Tests that only need what domain code published, and
// to which rooms, use the recorder in fake-io.ts instead.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Server, type ServerOptions } from "socket.io";
import type { Socket } from "socket.io-client";
// The domains' rooms and presence, registered as server.ts registers them.
import "@/lib/register";
import { attachRealtime } from "@/lib/server/realtime/attach";
import { cookieFor, openSocket } from "./sockets";
import { settlePresence } from "@/lib/cases/presence";

export type SocketServer = {
  io: Server;
  url: string;
  /** A socket with these handshake headers (a forged cookie, another origin). */
  connect: (headers: Record<string, string>) => Promise<Socket>;
  /** A socket signed in as this user. */
  connectAs: (userId: string) => Promise<Socket>;
  /** Closes its sockets, then the server. */
  close: () => Promise<void>;
};

export const startSocketServer = async ({ adapter }: Pick<Partial<ServerOptions>, "adapter"> = {}): Promise<SocketServer> => {
  const http = createServer();
  const io = new Server(http, { adapter });
  attachRealtime(io);
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  const sockets: Socket[] = [];
  const connect = async (headers: Record<string, string>) => {
    const socket = await openSocket(url, headers);
    sockets.push(socket);
    return socket;
  };
  return {
    io,
    url,
    connect,
    connectAs: async (userId) => connect({ cookie: await cookieFor(userId) }),
    close: async () => {
      sockets.forEach((socket) => socket.close());
      await io.close();
      await settlePresence();
    },
  };
};
