"use client";
import { useCallback, useRef, useState } from "react";
import { request } from "@/lib/client/request";
import { useLatest, useLiveSocket } from "@/lib/client/use-live-socket";
import { ROSTER_CHANGED } from "@/lib/duty/events";
import type { RosterView } from "@/lib/duty/types";

type Load = "idle" | "loading" | "failed";

/**
 * One consulate's week of the roster: read again when the user picks another
 * consulate or week, after their own change, and live when anyone changes
 * the shown consulate's roster (or the connection comes back).
 */
export const useRoster = (initial: RosterView) => {
  const [view, setView] = useState(initial);
  const [load, setLoad] = useState<Load>("idle");
  const asked = useRef(0);

  const fetchRoster = useCallback(async ({ consulate, week }: { consulate: string; week?: string }) => {
    const ticket = ++asked.current;
    setLoad("loading");
    const result = await request<RosterView>("GET", "/api/v1/roster", { query: { consulate, ...(week && { week }) } });
    // An older answer that arrives after a newer question is dropped.
    if (ticket !== asked.current) return false;
    if (!result.ok) {
      setLoad("failed");
      return false;
    }
    setView(result.data);
    setLoad("idle");
    return true;
  }, []);

  const latest = useLatest(view);
  const reload = useCallback(
    () => fetchRoster({ consulate: latest.current.consulate.code, week: latest.current.days[0] }),
    [fetchRoster, latest],
  );

  useLiveSocket({
    onConnect: (_socket, reconnected) => {
      if (reconnected) void reload();
    },
    listen: (on) =>
      on(ROSTER_CHANGED, (change) => {
        if (change.consulateCode === latest.current.consulate.code) void reload();
      }),
  });

  return { view, load, fetchRoster, reload };
};
