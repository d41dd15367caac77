"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { useLatest, useLiveSocket } from "@/lib/client/use-live-socket";
import { REGION_CHANGED, type RegionChange } from "@/lib/cases/events";
import { request } from "@/lib/client/request";
import type { RegionOverview } from "@/lib/map/schema";

/** A case event asks for a fresh overview at most this often: a burst costs one read, not one per event. */
const EVENT_DELAY_MS = 2_000;
/** Even with no event, the clocks move (cases go past their target): read again this often. */
const POLL_MS = 60_000;

export type OverviewLoad = "idle" | "loading" | "failed";

/** The regional overview of `region`, kept fresh: when its consulates' figures move, every minute, after a reconnection. */
export const useOverview = ({ initial, region }: { initial: RegionOverview; region: string }) => {
  const [overview, setOverview] = useState(initial);
  const [load, setLoad] = useState<OverviewLoad>("idle");
  const shown = useRef(region);
  const sequence = useRef(0);
  const soon = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const codes = useRef(new Set(initial.consulates.map((c) => c.code)));

  const refresh = useCallback(async () => {
    clearTimeout(soon.current);
    soon.current = undefined;
    const asked = ++sequence.current;
    setLoad("loading");
    const result = await request<RegionOverview | null>("GET", "/api/v1/map/overview", { query: { region } });
    // An answer for an earlier choice of region, overtaken by a later one.
    if (asked !== sequence.current) return;
    const next = result.ok ? result.data : null;
    if (!next) return setLoad("failed");
    codes.current = new Set(next.consulates.map((c) => c.code));
    setOverview(next);
    setLoad("idle");
  }, [region]);

  useEffect(() => {
    if (shown.current !== region) {
      shown.current = region;
      void refresh();
    }
    const timer = setInterval(() => void refresh(), POLL_MS);
    return () => clearInterval(timer);
  }, [region, refresh]);

  useEffect(() => () => clearTimeout(soon.current), []);

  const onChange = useLatest((change: RegionChange) => {
    if (!codes.current.has(change.consulateCode) || soon.current !== undefined) return;
    soon.current = setTimeout(() => void refresh(), EVENT_DELAY_MS);
  });

  // The region's room says which consulate moved, never which case: the figures come from the overview.
  const live = useLiveSocket({
    onConnect: (_socket, reconnected) => {
      if (reconnected) void refresh();
    },
    listen: (on) => on(REGION_CHANGED, (change) => onChange.current(change)),
  });

  return { overview, load, live };
};
