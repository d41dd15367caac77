"use client";
import { useEffect, useRef, useState } from "react";
import { io, type Socket } from "socket.io-client";
import type { ClientToServerEvents, ServerToClientEvents } from "@/lib/cases/events";

export type LiveState = "connecting" | "connected" | "reconnecting";
export type AppSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

type LiveSocketHandlers = {
  /** Registers this screen's listeners, once per socket. */
  listen: (socket: AppSocket) => void;
  /** Every connection: events sent while disconnected are lost, so catch up here. */
  onConnect?: (socket: AppSocket, reconnected: boolean) => void;
  onDisconnect?: () => void;
  onClose?: (socket: AppSocket) => void;
};

// After a refusal, try again soon, then less often: 1 s, 2 s, 4 s, then every 5 s.
const retryDelay = (attempt: number) => Math.min(5_000, 1_000 * 2 ** attempt);

/** The latest value of something a long-lived listener must read. */
export const useLatest = <T,>(value: T) => {
  const ref = useRef(value);
  useEffect(() => {
    ref.current = value;
  });
  return ref;
};

/**
 * One Socket.IO connection for as long as `key` stays the same; the server
 * picks its rooms from the session. Keeps trying after the server drops or
 * refuses it (a restart, a failed session lookup): an officer's screen must
 * not go quiet for good.
 */
export const useLiveSocket = (handlers: LiveSocketHandlers, key = ""): LiveState => {
  const [state, setState] = useState<LiveState>("connecting");
  const latest = useLatest(handlers);

  useEffect(() => {
    const socket: AppSocket = io({ transports: ["websocket", "polling"] });
    let connectedOnce = false;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let attempts = 0;
    const retryLater = () => {
      clearTimeout(retry);
      retry = setTimeout(() => socket.connect(), retryDelay(attempts++));
    };
    socket.on("connect", () => {
      attempts = 0;
      setState("connected");
      latest.current.onConnect?.(socket, connectedOnce);
      connectedOnce = true;
    });
    socket.on("disconnect", (reason) => {
      setState("reconnecting");
      latest.current.onDisconnect?.();
      if (reason === "io server disconnect") retryLater();
    });
    socket.on("connect_error", () => {
      setState(connectedOnce ? "reconnecting" : "connecting");
      if (!socket.active) retryLater();
    });
    latest.current.listen(socket);
    return () => {
      clearTimeout(retry);
      latest.current.onClose?.(socket);
      socket.removeAllListeners();
      socket.disconnect();
    };
  }, [key, latest]);

  return state;
};
