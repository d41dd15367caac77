// The incident page's overlay: the incident's area (drawn like a possible
// raid's, region-layers.ts) and its cases as single dots, coloured like the
// officer map's (case-layers.ts), the one picked in the list ringed. Unclustered: an
// incident holds tens to a few hundred cases, and each dot must be clickable.
import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from "maplibre-gl";
import type { CaseSummary } from "@/lib/cases/events";
import type { Bounds } from "@/lib/geo/shapes";
import { PALETTE, STATUS_COLORS, emptySource, type Overlay } from "./layers";
import { pointFromSummary, toFeature } from "./map-cases";
import { hotspotFeatures } from "./region-layers";

export const INCIDENT_SOURCES = { area: "incident-area", cases: "incident-cases" } as const;
export const INCIDENT_LAYERS = { points: "incident-case-points", picked: "incident-case-picked" } as const;

type Area = { center: { lat: number; lng: number }; radiusKm: number; firstAt: string; lastAt: string };

/** The incident's circle and its centre's marker. */
export const incidentArea = (area: Area): GeoJSON.FeatureCollection =>
  hotspotFeatures([{ center: area.center, radiusKm: area.radiusKm, firstAt: area.firstAt, lastAt: area.lastAt, cases: [] }]);

/** Its cases with a location (an ended case calls for no one: not drawn). */
export const incidentCaseFeatures = (cases: readonly CaseSummary[]): GeoJSON.FeatureCollection<GeoJSON.Point> => ({
  type: "FeatureCollection",
  features: cases.flatMap((summary) => {
    const point = pointFromSummary(summary);
    return point ? [toFeature(point)] : [];
  }),
});

const KM_PER_DEGREE = 111.32;

/** The box that holds the incident's circle and every case drawn, to open the map on. */
export const incidentBounds = (area: Area, cases: readonly CaseSummary[]): Bounds => {
  const km = Math.max(area.radiusKm, 0.5);
  const dLat = km / KM_PER_DEGREE;
  const dLng = km / (KM_PER_DEGREE * Math.cos((area.center.lat * Math.PI) / 180));
  let [west, south, east, north] = [area.center.lng - dLng, area.center.lat - dLat, area.center.lng + dLng, area.center.lat + dLat];
  for (const c of cases) {
    if (!c.lastLocation) continue;
    west = Math.min(west, c.lastLocation.lng);
    east = Math.max(east, c.lastLocation.lng);
    south = Math.min(south, c.lastLocation.lat);
    north = Math.max(north, c.lastLocation.lat);
  }
  return [
    [west, south],
    [east, north],
  ];
};

export const pickedFilter = (caseId: string | null): FilterSpecification => ["==", ["get", "id"], caseId ?? ""];

const statusColor = ["match", ["get", "status"], ...Object.entries(STATUS_COLORS).flat(), STATUS_COLORS.ACKNOWLEDGED] as unknown as ExpressionSpecification;

const areaLayers: LayerSpecification[] = [
  {
    id: "incident-area-fill",
    type: "fill",
    source: INCIDENT_SOURCES.area,
    filter: ["==", ["geometry-type"], "Polygon"],
    paint: { "fill-color": PALETTE.hotspot, "fill-opacity": 0.12 },
  },
  {
    id: "incident-area-line",
    type: "line",
    source: INCIDENT_SOURCES.area,
    filter: ["==", ["geometry-type"], "Polygon"],
    paint: { "line-color": PALETTE.hotspot, "line-width": 2.5, "line-dasharray": [3, 2] },
  },
];

const caseLayers: LayerSpecification[] = [
  {
    id: INCIDENT_LAYERS.points,
    type: "circle",
    source: INCIDENT_SOURCES.cases,
    paint: {
      "circle-radius": 7,
      "circle-color": ["case", ["get", "critical"], PALETTE.critical, statusColor],
      "circle-stroke-color": ["case", ["get", "fresh"], PALETTE.fresh, "#ffffff"],
      "circle-stroke-width": ["case", ["get", "fresh"], 3, 1.5],
    },
  },
  {
    id: INCIDENT_LAYERS.picked,
    type: "circle",
    source: INCIDENT_SOURCES.cases,
    filter: pickedFilter(null),
    paint: { "circle-radius": 12, "circle-opacity": 0, "circle-stroke-color": "#1b1f24", "circle-stroke-width": 3 },
  },
];

export const incidentOverlay = (): Overlay => ({
  sources: { [INCIDENT_SOURCES.area]: emptySource(), [INCIDENT_SOURCES.cases]: emptySource() },
  below: [],
  above: areaLayers,
  top: caseLayers,
});
