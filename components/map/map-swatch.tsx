import type { CSSProperties } from "react";

export type SwatchKind = "dot" | "ring" | "cluster" | "line" | "marker" | "area" | "shade";

/** A legend's sample of a colour and shape; decorative (the label beside it says what it means). */
export const MapSwatch = ({ kind, color, stroke }: { kind: SwatchKind; color: string; stroke?: string }) => (
  <span
    className={`map-legend__swatch map-legend__swatch--${kind}`}
    style={{ "--swatch": color, "--swatch-stroke": stroke ?? "#ffffff" } as CSSProperties}
    aria-hidden="true"
  />
);
