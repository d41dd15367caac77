// The regional view's overlay: counties shaded by the open cases of their
// consulate, and possible raids as highlighted areas. No case point here:
// the view is aggregated.
import type { ExpressionSpecification, LayerSpecification } from "maplibre-gl";
import type { ConsulateOverview, RaidHotspot } from "@/lib/map/schema";
import { FONT, PALETTE, SOURCES, emptySource, type Overlay } from "./layers";
import { MARKER_IMAGES } from "./marker-images";

export const REGION_LAYERS = { counties: "counties-fill", hotspots: "hotspot-fill", hotspotMarkers: "hotspot-marker" } as const;

/** Open cases → shade, shared with the legend. */
export const OPEN_STOPS = [
  [0, "#f6f7f5"],
  [1, "#d8ecea"],
  [5, "#a5d3cc"],
  [20, "#5aa79e"],
  [50, "#167168"],
  [150, "#0a3845"],
] as const;

/** The counties' fill: each county takes the open count of its consulate. */
export const choroplethColor = (consulates: readonly Pick<ConsulateOverview, "code" | "open">[]): ExpressionSpecification => {
  const open: ExpressionSpecification | number =
    consulates.length === 0
      ? 0
      : (["match", ["get", "consulate"], ...consulates.flatMap((c) => [c.code, c.open]), 0] as unknown as ExpressionSpecification);
  return ["interpolate", ["linear"], open, ...OPEN_STOPS.flat()] as unknown as ExpressionSpecification;
};

const KM_PER_DEGREE = 111.32;
const SIDES = 48;

/** A raid's area as a polygon (a circle of its radius), and its centre labelled with the number of alerts. */
export const hotspotFeatures = (hotspots: readonly RaidHotspot[]): GeoJSON.FeatureCollection => ({
  type: "FeatureCollection",
  features: hotspots.flatMap((spot, index) => {
    const { lat, lng } = spot.center;
    // At least a kilometre across, so that a tight cluster still shows.
    const km = Math.max(spot.radiusKm, 0.5);
    const ring = Array.from({ length: SIDES + 1 }, (_, i) => {
      const angle = (2 * Math.PI * (i % SIDES)) / SIDES;
      return [
        lng + (km * Math.cos(angle)) / (KM_PER_DEGREE * Math.cos((lat * Math.PI) / 180)),
        lat + (km * Math.sin(angle)) / KM_PER_DEGREE,
      ];
    });
    const properties = { index, count: spot.cases.length };
    return [
      { type: "Feature" as const, properties, geometry: { type: "Polygon" as const, coordinates: [ring] } },
      { type: "Feature" as const, properties, geometry: { type: "Point" as const, coordinates: [lng, lat] } },
    ];
  }),
});

const countyLayer: LayerSpecification = {
  id: REGION_LAYERS.counties,
  type: "fill",
  source: SOURCES.counties,
  paint: { "fill-color": choroplethColor([]), "fill-opacity": 0.9 },
};

const hotspotLayers: LayerSpecification[] = [
  {
    id: REGION_LAYERS.hotspots,
    type: "fill",
    source: SOURCES.hotspots,
    filter: ["==", ["geometry-type"], "Polygon"],
    paint: { "fill-color": PALETTE.hotspot, "fill-opacity": 0.22 },
  },
  {
    id: "hotspot-line",
    type: "line",
    source: SOURCES.hotspots,
    filter: ["==", ["geometry-type"], "Polygon"],
    paint: { "line-color": PALETTE.hotspot, "line-width": 2.5 },
  },
  {
    // The marker and its count are one symbol: placed before the consulates' labels, which then keep clear of it.
    // Raids that would overlap each other show the larger one's marker (both areas stay drawn, both cards listed).
    id: REGION_LAYERS.hotspotMarkers,
    type: "symbol",
    source: SOURCES.hotspots,
    filter: ["==", ["geometry-type"], "Point"],
    layout: {
      "symbol-sort-key": ["-", ["get", "count"]],
      "icon-image": MARKER_IMAGES.raid,
      "icon-allow-overlap": false,
      "text-field": ["to-string", ["get", "count"]],
      "text-font": FONT,
      "text-size": 12,
      "text-allow-overlap": false,
    },
    paint: { "text-color": "#ffffff" },
  },
];

export const regionOverlay = (): Overlay => ({
  sources: { [SOURCES.counties]: emptySource(), [SOURCES.hotspots]: emptySource() },
  below: [countyLayer],
  above: [],
  top: hotspotLayers,
});
