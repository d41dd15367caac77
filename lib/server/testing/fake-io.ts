// A stand-in for the Socket.IO server in integration tests: it records every
// event domain code sends, with its rooms, instead of delivering it. Tests
// that need real sockets (handshake, rooms, presence) use socket-server.ts.
import { registerIo, type AmparoIo } from "@/lib/server/realtime/publish";

export type Emitted = { rooms: string[]; event: string; payload: unknown };

/** Registers the fake and returns what it records; `release()` unregisters it. */
export const captureRealtime = () => {
  const emitted: Emitted[] = [];
  registerIo({
    to: (rooms: string | string[]) => ({
      emit: (event: string, payload: unknown) => emitted.push({ rooms: [rooms].flat(), event, payload }),
    }),
  } as unknown as AmparoIo);
  return { emitted, release: () => registerIo(undefined as unknown as AmparoIo) };
};
