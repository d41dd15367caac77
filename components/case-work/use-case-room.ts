"use client";
import { useState } from "react";
import { useLatest, useLiveSocket } from "@/lib/client/use-live-socket";
import {
  CASE_PRESENCE,
  CASE_UPDATED,
  PRESENCE_JOIN,
  PRESENCE_LEAVE,
  type CaseSummary,
  type CaseViewer,
} from "@/lib/cases/events";

type RoomListeners = {
  onUpdated: (summary: CaseSummary) => void;
  /** Events sent while disconnected are lost: catch up here. */
  onReconnected: () => void;
};

/**
 * One connection for a case page: this case's updates, and who has it open.
 * Joins the case's presence on every connection (the server forgets a socket
 * that dropped) and leaves it on unmount.
 */
export const useCaseRoom = (caseId: string, listeners: RoomListeners) => {
  const [viewers, setViewers] = useState<CaseViewer[]>([]);
  const latest = useLatest(listeners);
  const state = useLiveSocket(
    {
      onConnect: (socket, reconnected) => {
        socket.emit(PRESENCE_JOIN, caseId);
        if (reconnected) latest.current.onReconnected();
      },
      // Unknown while disconnected: show no one rather than a stale list.
      onDisconnect: () => setViewers([]),
      listen: (on) => {
        on(CASE_UPDATED, (summary) => {
          if (summary.id === caseId) latest.current.onUpdated(summary);
        });
        on(CASE_PRESENCE, (presence) => {
          if (presence.caseId === caseId) setViewers(presence.viewers);
        });
      },
      onClose: (socket) => {
        if (socket.connected) socket.emit(PRESENCE_LEAVE, caseId);
      },
    },
    caseId,
  );
  return { state, viewers };
};
