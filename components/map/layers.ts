// The maps' style, built in code: a plain background, the world's land and
// the US states and counties from the app's own vector tiles (cut at install
// from us-atlas and world-atlas, see lib/geo/basemap-tiles.ts), the borders
// between jurisdictions drawn by the server, consulate markers with glyphs
// the app serves; with a street archive on the server, its streets too
// (street-layers.ts). No sprite, no tile server, no remote URL: the browser
// must ask no third-party host, which would learn where the cases are.
import type {
  ExpressionSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
} from "maplibre-gl";
import { BASEMAP_BOUNDS, BASEMAP_LAYER, BASEMAP_MAX_ZOOM, JURISDICTION_LAYER, JURISDICTION_MAX_ZOOM } from "@/lib/geo/basemap-tiles";
import type { BasemapKind } from "@/lib/geo/shapes";
import { PLACE_SOURCE, placeLabelLayers, placeLabelSource } from "./place-labels";
import type { StreetLayers } from "./street-layers";

export const FONT = ["Noto Sans Regular"];

/** The map's colours, shared with the legends (HTML swatches must match the canvas). */
export const PALETTE = {
  water: "#dbe6ec",
  land: "#ebe8e1",
  countryLine: "#c7c2b8",
  usLand: "#fbfaf7",
  countyLine: "#d9d4ca",
  stateLine: "#9d978b",
  consulateLine: "#0f4c5c",
  ownArea: "#0f4c5c",
  marker: "#0f4c5c",
  label: "#0a3845",
  critical: "#b3261e",
  high: "#d99a2b",
  fresh: "#1f5fc7",
  cluster: "#0f4c5c",
  trail: "#6b2fa8",
  hotspot: "#b3261e",
} as const;

/** Case points by status; critical priority or duress overrides with red. */
export const STATUS_COLORS = {
  NEW: "#1f5fc7",
  ACKNOWLEDGED: "#5b6673",
  IN_CONTACT: "#0f7a6e",
  DETENTION_CONFIRMED: "#6b2fa8",
  REFERRED_LEGAL_AID: "#3d42b8",
} as const;

export const SOURCES = {
  /** Land and borders, vector tiles; `kind` tells them apart. */
  basemap: "basemap",
  /** The borders between consulates' jurisdictions, vector tiles (GET /api/v1/map/jurisdiction-tiles/z/x/y). */
  jurisdictions: "jurisdictions",
  /** The viewer's consulate's area, shaded (GET /api/v1/map/jurisdiction-area). */
  ownArea: "own-area",
  /** The optional street basemap, a PMTiles archive the app serves (street-layers.ts). */
  streets: "streets",
  consulates: "consulates",
  cases: "cases",
  trail: "trail",
  counties: "counties",
  hotspots: "hotspots",
} as const;

export const EMPTY: GeoJSON.FeatureCollection = { type: "FeatureCollection", features: [] };

const geojson = (options: Partial<GeoJSONSourceSpecification> = {}): GeoJSONSourceSpecification => ({
  type: "geojson",
  data: EMPTY,
  ...options,
});

const ofKind = (kind: BasemapKind): ExpressionSpecification => ["==", ["get", "kind"], kind];

/** Where a kind of shape comes from: the server's tiles for the borders, the viewer's area, the basemap's tiles for the rest. */
const sourceOf = (kind: BasemapKind) =>
  kind === "consulate-line"
    ? { source: SOURCES.jurisdictions, "source-layer": JURISDICTION_LAYER }
    : kind === "own-area"
      ? { source: SOURCES.ownArea }
      : { source: SOURCES.basemap, "source-layer": BASEMAP_LAYER };

const fill = (kind: BasemapKind, paint: Record<string, unknown>): LayerSpecification =>
  ({ id: kind, type: "fill", ...sourceOf(kind), filter: ofKind(kind), paint }) as LayerSpecification;

const line = (kind: BasemapKind, color: string, width: ExpressionSpecification | number, extra = {}): LayerSpecification =>
  ({
    id: kind,
    type: "line",
    ...sourceOf(kind),
    filter: ofKind(kind),
    layout: { "line-join": "round" },
    paint: { "line-color": color, "line-width": width, ...extra },
  }) as LayerSpecification;

const landLayers: LayerSpecification[] = [
  { id: "background", type: "background", paint: { "background-color": PALETTE.water } },
  fill("land", { "fill-color": PALETTE.land }),
  line("country-line", PALETTE.countryLine, 0.6),
  fill("us-land", { "fill-color": PALETTE.usLand }),
];

/**
 * The basemap: the app's own land always (it covers the world, an extract
 * only its region), with the street archive's layers over it when there is
 * one; `labels` go over the borders and under the cases.
 */
export const basemapLayers = (streets: StreetLayers | null) => ({
  sources: (streets ? { [SOURCES.streets]: streets.source } : {}) as Record<string, SourceSpecification>,
  under: [...landLayers, ...(streets?.base ?? []), fill("own-area", { "fill-color": PALETTE.ownArea, "fill-opacity": 0.06 })],
  labels: streets?.labels ?? [],
});

const boundaryLayers: LayerSpecification[] = [
  { ...line("county-line", PALETTE.countyLine, 0.5), minzoom: 5 },
  line("state-line", PALETTE.stateLine, ["interpolate", ["linear"], ["zoom"], 3, 0.6, 8, 1.4]),
  line("consulate-line", PALETTE.consulateLine, ["interpolate", ["linear"], ["zoom"], 3, 0.8, 8, 2.2], { "line-opacity": 0.75 }),
];

// The consulate's code under a ringed dot; `own` marks the viewer's consulate.
const consulateLayers: LayerSpecification[] = [
  {
    id: "consulate-dots",
    type: "circle",
    source: SOURCES.consulates,
    paint: {
      "circle-radius": ["case", ["get", "own"], 7, 5],
      "circle-color": "#ffffff",
      "circle-stroke-color": PALETTE.marker,
      "circle-stroke-width": ["case", ["get", "own"], 3, 2],
    },
  },
  {
    id: "consulate-labels",
    type: "symbol",
    source: SOURCES.consulates,
    minzoom: 3.5,
    layout: {
      "text-field": ["get", "code"],
      "text-font": FONT,
      "text-size": 12,
      // Beside its dot on whichever side is free: the markers drawn over the consulates (raids, case dots)
      // are symbols placed first, so the label moves around them instead of lying under one; the offset
      // clears a raid marker centred on the dot itself.
      "text-variable-anchor": ["top", "bottom", "right", "left", "top-right", "bottom-right", "top-left", "bottom-left"],
      "text-radial-offset": 1.2,
      "text-allow-overlap": false,
      "text-ignore-placement": false,
      "text-padding": 2,
    },
    paint: { "text-color": PALETTE.label, "text-halo-color": "#ffffff", "text-halo-width": 1.5 },
  },
];

/**
 * The whole style: the basemap's tiles, the jurisdictions' borders (tiles
 * too) and the viewer's area come by URL (MapLibre's worker fetches them: nothing to convert on the page);
 * the other sources start empty and get data with setData. URLs must be
 * absolute (the worker resolves them), so the page's origin is passed in.
 * `own` is the viewer's consulate, whose area is shaded.
 */
export const buildStyle = ({
  origin,
  overlay,
  own,
  consulates,
  streets = null,
}: {
  origin: string;
  overlay: Overlay;
  own?: string;
  /** The street basemap's layers, when the server has an archive (street-layers.ts). */
  streets?: StreetLayers | null;
  /** The consulate markers, when known as the map is made (drawn with the first frame, not after it). */
  consulates?: GeoJSON.FeatureCollection;
}): StyleSpecification => {
  const basemap = basemapLayers(streets);
  return {
    version: 8,
    // No fades: a change shows at once, and the pulse's paint changes never hold the map busy (or keep it from "idle").
    transition: { duration: 0, delay: 0 },
    glyphs: `${origin}/map/fonts/{fontstack}/{range}.pbf`,
    sources: {
      [SOURCES.basemap]: {
        type: "vector",
        tiles: [`${origin}/map/tiles/{z}/{x}/{y}.pbf`],
        maxzoom: BASEMAP_MAX_ZOOM,
        bounds: BASEMAP_BOUNDS,
      },
      [SOURCES.jurisdictions]: {
        type: "vector",
        tiles: [`${origin}/api/v1/map/jurisdiction-tiles/{z}/{x}/{y}`],
        maxzoom: JURISDICTION_MAX_ZOOM,
        bounds: BASEMAP_BOUNDS,
      },
      [SOURCES.ownArea]: geojson(own ? { data: `${origin}/api/v1/map/jurisdiction-area?code=${encodeURIComponent(own)}` } : {}),
      [SOURCES.consulates]: geojson(consulates ? { data: consulates } : {}),
      [PLACE_SOURCE]: placeLabelSource(origin),
      ...basemap.sources,
      ...overlay.sources,
    },
    layers: [
      ...basemap.under,
      ...overlay.below,
      ...boundaryLayers,
      ...basemap.labels,
      ...placeLabelLayers(FONT),
      ...overlay.above,
      ...consulateLayers,
      ...overlay.top,
    ],
  };
};

/** What a view adds to the basemap: its sources, and layers under the boundaries, over them, and on top. */
export type Overlay = {
  sources: Record<string, GeoJSONSourceSpecification>;
  below: LayerSpecification[];
  above: LayerSpecification[];
  top: LayerSpecification[];
};

export { geojson as emptySource };
