"use client";
import { useEffect, useRef, useState } from "react";
import { io, type Socket } from "socket.io-client";
import {
  CASE_CREATED,
  CASE_UPDATED,
  type CaseSummary,
  type ClientToServerEvents,
  type ServerToClientEvents,
} from "@/lib/cases/events";

export type LiveState = "connecting" | "connected" | "reconnecting";

type Listeners = {
  onCreated?: (summary: CaseSummary) => void;
  onUpdated?: (summary: CaseSummary) => void;
  /** After every connection: events sent while disconnected are lost, so catch up here. */
  onConnected?: (connection: { reconnected: boolean }) => void;
};

const RETRY_MS = 5_000;

/** One Socket.IO connection for this component's lifetime; the server picks its rooms from the session. */
export const useCaseSocket = (listeners: Listeners): LiveState => {
  const [state, setState] = useState<LiveState>("connecting");
  const latest = useRef(listeners);
  useEffect(() => {
    latest.current = listeners;
  });

  useEffect(() => {
    const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io({ transports: ["websocket", "polling"] });
    let connectedOnce = false;
    let retry: ReturnType<typeof setTimeout> | undefined;
    // Socket.IO stops retrying by itself when the server refuses or drops
    // the socket (a restart, a failed session lookup); an officer's screen must not.
    const retryLater = () => {
      clearTimeout(retry);
      retry = setTimeout(() => socket.connect(), RETRY_MS);
    };
    socket.on("connect", () => {
      setState("connected");
      latest.current.onConnected?.({ reconnected: connectedOnce });
      connectedOnce = true;
    });
    socket.on("disconnect", (reason) => {
      setState("reconnecting");
      if (reason === "io server disconnect") retryLater();
    });
    socket.on("connect_error", () => {
      setState(connectedOnce ? "reconnecting" : "connecting");
      if (!socket.active) retryLater();
    });
    socket.on(CASE_CREATED, (summary) => latest.current.onCreated?.(summary));
    socket.on(CASE_UPDATED, (summary) => latest.current.onUpdated?.(summary));
    return () => {
      clearTimeout(retry);
      socket.removeAllListeners();
      socket.disconnect();
    };
  }, []);

  return state;
};
