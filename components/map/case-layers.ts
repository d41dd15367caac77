// The officer map's overlay: their consulate's area, the cases (clustered
// by case-index.ts) coloured by status and priority, the unacknowledged ones
// ringed (and pulsing, see use-pulse.ts), and the selected case's trail.
import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from "maplibre-gl";
import { FONT, PALETTE, SOURCES, STATUS_COLORS, emptySource, type Overlay } from "./layers";
import { MARKER_IMAGES, SPACE_PX } from "./marker-images";

export const CASE_LAYERS = { points: "cases", clusters: "clusters", selected: "case-selected" } as const;

const clustered: ExpressionSpecification = ["has", "point_count"];
const single: ExpressionSpecification = ["!", ["has", "point_count"]];

/** The selected-case ring's filter: matches no case until one is chosen. */
export const selectedFilter = (caseId: string | null): FilterSpecification => ["all", single, ["==", ["get", "id"], caseId ?? ""]];

/** Layers whose ring the pulse animates; only constant paint values change, so no tile is laid out again. */
export const PULSE_LAYERS = ["cases-pulse", "clusters-pulse"] as const;


const statusColor: ExpressionSpecification = [
  "match",
  ["get", "status"],
  ...Object.entries(STATUS_COLORS).flat(),
  STATUS_COLORS.ACKNOWLEDGED,
] as unknown as ExpressionSpecification;

const clusterRadius: ExpressionSpecification = ["step", ["get", "point_count"], 13, 10, 16, 100, 20, 1000, 25, 10000, 30];

const ring = (id: string, filter: FilterSpecification, radius: ExpressionSpecification | number): LayerSpecification => ({
  id,
  type: "circle",
  source: SOURCES.cases,
  filter,
  paint: {
    "circle-radius": radius,
    "circle-opacity": 0,
    "circle-stroke-color": PALETTE.fresh,
    "circle-stroke-width": 3,
    "circle-stroke-opacity": 0.6,
  },
});

export const caseOverlay = (): Overlay => ({
  sources: {
    [SOURCES.trail]: emptySource(),
    // Already clustered, and only what is in view (case-index.ts): MapLibre just draws it.
    [SOURCES.cases]: emptySource(),
  },
  below: [],
  above: [
    {
      id: "trail-line",
      type: "line",
      source: SOURCES.trail,
      filter: ["==", ["geometry-type"], "LineString"],
      layout: { "line-join": "round", "line-cap": "round" },
      paint: { "line-color": PALETTE.trail, "line-width": 3, "line-dasharray": [2, 1] },
    },
    {
      id: "trail-points",
      type: "circle",
      source: SOURCES.trail,
      filter: ["==", ["geometry-type"], "Point"],
      paint: { "circle-radius": 3.5, "circle-color": "#ffffff", "circle-stroke-color": PALETTE.trail, "circle-stroke-width": 2 },
    },
  ],
  top: [
    ring("clusters-pulse", ["all", clustered, [">", ["get", "fresh"], 0]], clusterRadius),
    {
      id: CASE_LAYERS.clusters,
      type: "circle",
      source: SOURCES.cases,
      filter: clustered,
      paint: {
        "circle-radius": clusterRadius,
        "circle-color": ["case", [">", ["get", "critical"], 0], PALETTE.critical, PALETTE.cluster],
        "circle-opacity": 0.88,
        "circle-stroke-color": "#ffffff",
        "circle-stroke-width": 2,
      },
    },
    {
      id: "cluster-counts",
      type: "symbol",
      source: SOURCES.cases,
      filter: clustered,
      layout: {
        "text-field": ["get", "point_count_abbreviated"],
        "text-font": FONT,
        "text-size": 12,
        "text-allow-overlap": true,
        "text-ignore-placement": true,
      },
      paint: { "text-color": "#ffffff" },
    },
    ring("cases-pulse", ["all", single, ["get", "fresh"]], 7),
    {
      id: CASE_LAYERS.points,
      type: "circle",
      source: SOURCES.cases,
      filter: single,
      paint: {
        "circle-radius": 7,
        "circle-color": ["case", ["get", "critical"], PALETTE.critical, statusColor],
        "circle-stroke-color": ["case", ["==", ["get", "priority"], "HIGH"], PALETTE.high, "#ffffff"],
        "circle-stroke-width": ["case", ["==", ["get", "priority"], "HIGH"], 2.5, 1.5],
      },
    },
    {
      // Invisible: the room each dot and cluster takes, as a symbol placed before the consulates'
      // labels, so that a label moves to a free side of its dot rather than under the cases of a raid.
      id: "case-space",
      type: "symbol",
      source: SOURCES.cases,
      layout: {
        "icon-image": MARKER_IMAGES.space,
        "icon-size": ["case", clustered, ["/", ["*", 2, ["+", clusterRadius, 2]], SPACE_PX], (2 * 8.5) / SPACE_PX],
        "icon-allow-overlap": true,
        "icon-ignore-placement": false,
      },
      paint: { "icon-opacity": 0 },
    },
    {
      id: CASE_LAYERS.selected,
      type: "circle",
      source: SOURCES.cases,
      filter: selectedFilter(null),
      paint: { "circle-radius": 12, "circle-opacity": 0, "circle-stroke-color": "#1b1f24", "circle-stroke-width": 3 },
    },
  ],
});
