"use client";
import type { Map as MapLibreMap } from "maplibre-gl";
import { useEffect } from "react";
import { PULSE_LAYERS } from "./case-layers";
import type { FrameMeter } from "./frame-meter";

// Each step changes two constant paint values (no tile is laid out again)
// and costs two frames (MapLibre draws once more after a style change).
// Steps are spaced by sixteen times what a frame costs (frame-meter.ts):
// with a GPU, about four steps a second; in software WebGL, where a frame of
// a large map can take 100 ms of the main thread, the pulse slows to a blink
// rather than take more than an eighth of it.
const MIN_STEP_MS = 80;
const BUDGET = 16;
const PERIOD_MS = 1_400;
const STILL = { width: 3, opacity: 0.6 };

const setRing = (map: MapLibreMap, width: number, opacity: number) => {
  for (const layer of PULSE_LAYERS) {
    if (!map.getLayer(layer)) continue;
    map.setPaintProperty(layer, "circle-stroke-width", width);
    map.setPaintProperty(layer, "circle-stroke-opacity", opacity);
  }
};

/**
 * Pulses the ring round unacknowledged cases while there are any. With
 * reduced motion asked for, the ring stays still (it still marks them).
 */
export const usePulse = (map: MapLibreMap | null, meter: FrameMeter | null, active: boolean) => {
  useEffect(() => {
    if (!map || !meter || !active || window.matchMedia("(prefers-reduced-motion: reduce)").matches) return;
    let frame = 0;
    let last = 0;
    let step = 0;
    const tick = (now: number) => {
      frame = requestAnimationFrame(tick);
      const interval = Math.max(MIN_STEP_MS, meter.cost() * BUDGET);
      if (now - last < interval) return;
      last = now;
      // As many steps per period as the budget allows, at least two (then it blinks).
      const steps = Math.max(2, Math.round(PERIOD_MS / interval));
      step = (step + 1) % steps;
      const phase = step / steps;
      setRing(map, 2 + phase * 10, 0.7 * (1 - phase));
    };
    frame = requestAnimationFrame(tick);
    return () => {
      cancelAnimationFrame(frame);
      // Unmounting removes the map first: a removed map has no layers to reset.
      if (!map.getCanvasContainer().isConnected) return;
      setRing(map, STILL.width, STILL.opacity);
    };
  }, [map, meter, active]);
};
