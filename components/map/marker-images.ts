// Icons the maps draw as symbols, made on the page (the style has no sprite:
// nothing is fetched). A marker drawn as a symbol takes part in MapLibre's
// collision: labels placed after it (the consulates') move or give way
// instead of lying under it.
import type { Map as MapLibreMap } from "maplibre-gl";
import { PALETTE } from "./layers";

export const MARKER_IMAGES = {
  /** A raid's centre: a red disc ringed white, RAID_MARKER_PX across. */
  raid: "raid-marker",
  /** Nothing to see: the room a case dot or cluster takes, reserved against labels (scaled by icon-size). */
  space: "marker-space",
} as const;

export const RAID_MARKER_PX = 24;
/** The space image's side: icon-size = a marker's diameter / SPACE_PX. */
export const SPACE_PX = 16;

const RATIO = 2;

const disc = (size: number, fill: string, stroke: string, strokeWidth: number) => {
  const canvas = document.createElement("canvas");
  canvas.width = canvas.height = size * RATIO;
  const context = canvas.getContext("2d")!;
  context.scale(RATIO, RATIO);
  context.beginPath();
  context.arc(size / 2, size / 2, size / 2 - strokeWidth / 2, 0, 2 * Math.PI);
  context.fillStyle = fill;
  context.fill();
  context.lineWidth = strokeWidth;
  context.strokeStyle = stroke;
  context.stroke();
  return context.getImageData(0, 0, canvas.width, canvas.height);
};

/** Adds the maps' icons once per map, before any source holds a feature that asks for them. */
export const addMarkerImages = (map: MapLibreMap) => {
  if (!map.hasImage(MARKER_IMAGES.raid)) map.addImage(MARKER_IMAGES.raid, disc(RAID_MARKER_PX, PALETTE.hotspot, "#ffffff", 2), { pixelRatio: RATIO });
  if (!map.hasImage(MARKER_IMAGES.space)) {
    const side = SPACE_PX * RATIO;
    map.addImage(MARKER_IMAGES.space, { width: side, height: side, data: new Uint8Array(side * side * 4) }, { pixelRatio: RATIO });
  }
};
