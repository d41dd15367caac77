"use client";
import { CASE_CREATED, CASE_UPDATED, type CaseSummary } from "@/lib/cases/events";
import { useLatest, useLiveSocket, type LiveState } from "./use-live-socket";

export type { LiveState } from "./use-live-socket";

type Listeners = {
  onCreated?: (summary: CaseSummary) => void;
  onUpdated?: (summary: CaseSummary) => void;
  /** After every connection: events sent while disconnected are lost, so catch up here. */
  onConnected?: (connection: { reconnected: boolean }) => void;
};

/** Case events for the rooms the server chose for this user. */
export const useCaseSocket = (listeners: Listeners): LiveState => {
  const latest = useLatest(listeners);
  return useLiveSocket({
    onConnect: (_socket, reconnected) => latest.current.onConnected?.({ reconnected }),
    listen: (on) => {
      on(CASE_CREATED, (summary) => latest.current.onCreated?.(summary));
      on(CASE_UPDATED, (summary) => latest.current.onUpdated?.(summary));
    },
  });
};
