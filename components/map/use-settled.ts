"use client";
import type { Map as MapLibreMap } from "maplibre-gl";
import { useEffect, useState } from "react";
import { exposeProbe } from "./map-probe";

export type MapState = "loading" | "idle" | "failed";

/**
 * "idle" from the first time the map has drawn everything once `ready` (its
 * data is in the sources): what data-map-state tells specs and the benchmark.
 */
export const useSettled = (map: MapLibreMap | null, ready: boolean) => {
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    if (!map || !ready || settled) return;
    const onIdle = () => {
      exposeProbe({ idleAt: performance.now() });
      setSettled(true);
    };
    map.once("idle", onIdle);
    // The map may already be idle, and then fires nothing until it draws again.
    map.triggerRepaint();
    return () => {
      map.off("idle", onIdle);
    };
  }, [map, ready, settled]);
  return settled;
};
