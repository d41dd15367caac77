"use client";
import { useEffect, useRef, useState } from "react";
import { io, type Socket } from "socket.io-client";
import type { LiveState } from "@/components/cases/use-case-socket";
import {
  CASE_PRESENCE,
  CASE_UPDATED,
  PRESENCE_JOIN,
  PRESENCE_LEAVE,
  type CaseSummary,
  type CaseViewer,
  type ClientToServerEvents,
  type ServerToClientEvents,
} from "@/lib/cases/events";

type RoomListeners = {
  onUpdated: (summary: CaseSummary) => void;
  /** Events sent while disconnected are lost: catch up here. */
  onReconnected: () => void;
};

const RETRY_MS = 5_000;

/**
 * One connection for a case page: this case's updates, and who has it open.
 * Joins the case's presence on every connection (the server forgets a socket
 * that dropped) and leaves it on unmount.
 */
export const useCaseRoom = (caseId: string, listeners: RoomListeners) => {
  const [state, setState] = useState<LiveState>("connecting");
  const [viewers, setViewers] = useState<CaseViewer[]>([]);
  const latest = useRef(listeners);
  useEffect(() => {
    latest.current = listeners;
  });

  useEffect(() => {
    const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io({ transports: ["websocket", "polling"] });
    let connectedOnce = false;
    let retry: ReturnType<typeof setTimeout> | undefined;
    // Socket.IO gives up by itself when the server drops the socket; an officer's screen must not.
    const retryLater = () => {
      clearTimeout(retry);
      retry = setTimeout(() => socket.connect(), RETRY_MS);
    };
    socket.on("connect", () => {
      setState("connected");
      socket.emit(PRESENCE_JOIN, caseId);
      if (connectedOnce) latest.current.onReconnected();
      connectedOnce = true;
    });
    socket.on("disconnect", (reason) => {
      setState("reconnecting");
      // Unknown while disconnected: show no one rather than a stale list.
      setViewers([]);
      if (reason === "io server disconnect") retryLater();
    });
    socket.on("connect_error", () => {
      setState(connectedOnce ? "reconnecting" : "connecting");
      if (!socket.active) retryLater();
    });
    socket.on(CASE_UPDATED, (summary) => {
      if (summary.id === caseId) latest.current.onUpdated(summary);
    });
    socket.on(CASE_PRESENCE, (presence) => {
      if (presence.caseId === caseId) setViewers(presence.viewers);
    });
    return () => {
      clearTimeout(retry);
      if (socket.connected) socket.emit(PRESENCE_LEAVE, caseId);
      socket.removeAllListeners();
      socket.disconnect();
    };
  }, [caseId]);

  return { state, viewers };
};
