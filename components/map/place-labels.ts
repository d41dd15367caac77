// Town labels on both maps, from the app's own tiles (lib/geo/place-tiles.ts),
// in the Noto Sans the app serves: never overlapping one another, bigger towns
// first, drawn under the cases and consulates so that they hide no marker.
import type { LayerSpecification, VectorSourceSpecification } from "maplibre-gl";
import { BASEMAP_BOUNDS } from "@/lib/geo/basemap-tiles";
import { PLACE_LAYER, PLACE_MAX_ZOOM, PLACE_MIN_ZOOM } from "@/lib/geo/place-tiles";

export const PLACE_SOURCE = "places";

export const placeLabelSource = (origin: string): VectorSourceSpecification => ({
  type: "vector",
  tiles: [`${origin}/map/places/{z}/{x}/{y}.pbf`],
  minzoom: PLACE_MIN_ZOOM,
  maxzoom: PLACE_MAX_ZOOM,
  bounds: BASEMAP_BOUNDS,
});

const LABEL_COLOR = "#4a4640";

/** `font`: the style's font stack (layers.ts' FONT, passed in: that file imports this one). */
export const placeLabelLayers = (font: string[]): LayerSpecification[] => [
  {
    id: "place-labels",
    type: "symbol",
    source: PLACE_SOURCE,
    "source-layer": PLACE_LAYER,
    minzoom: PLACE_MIN_ZOOM,
    layout: {
      "text-field": ["get", "name"],
      "text-font": font,
      // A city reads larger than a village, and every label grows a little closer in.
      "text-size": ["interpolate", ["linear"], ["zoom"], 4, ["step", ["get", "population"], 10, 250_000, 12], 10, ["step", ["get", "population"], 12, 50_000, 14]],
      "text-max-width": 8,
      "text-padding": 4,
      "text-allow-overlap": false,
      "text-ignore-placement": false,
      // Placed in this order: the most populous town first.
      "symbol-sort-key": ["-", 0, ["get", "population"]],
    },
    paint: { "text-color": LABEL_COLOR, "text-halo-color": "#ffffff", "text-halo-width": 1.2 },
  },
];
