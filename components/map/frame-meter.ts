// What a frame of a map costs the main thread, measured as it runs: from
// the `render` event to the start of the next animation frame (the drawing,
// and in software WebGL the costly compositing of a large canvas, both land
// there). The pulse and the live batches space themselves by it, so that a
// slow machine gets fewer frames instead of a frozen page.
import type { Map as MapLibreMap } from "maplibre-gl";

export type FrameMeter = { cost: () => number; dispose: () => void };

/** A frame at 60 Hz: what the meter assumes until it has measured. */
const FRAME_MS = 16;

export const createFrameMeter = (map: MapLibreMap): FrameMeter => {
  let cost = FRAME_MS;
  let pending = false;
  const onRender = () => {
    if (pending) return;
    pending = true;
    const renderedAt = performance.now();
    requestAnimationFrame((nextFrame) => {
      pending = false;
      // A moving average: one slow frame (a tile upload) does not swing it.
      cost = 0.7 * cost + 0.3 * Math.max(FRAME_MS, nextFrame - renderedAt);
    });
  };
  map.on("render", onRender);
  return { cost: () => cost, dispose: () => map.off("render", onRender) };
};
