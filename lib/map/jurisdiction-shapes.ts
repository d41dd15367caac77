import "server-only";
import { GeoJSONVT } from "@maplibre/geojson-vt";
import { fromGeojsonVt } from "@maplibre/vt-pbf";
import countiesTopology from "us-atlas/counties-10m.json";
import { JURISDICTION_LAYER, JURISDICTION_MAX_ZOOM } from "@/lib/geo/basemap-tiles";
import { boundsOf, jurisdictionArea, jurisdictionLines, mainPart, tagged, type Bounds, type UsTopology } from "@/lib/geo/shapes";
import { NETWORK_CHANGED_SIGNAL } from "@/lib/consulates/events";
import { onSignal } from "@/lib/server/signals";
import { listJurisdictions } from "./data";

const us = countiesTopology as unknown as UsTopology;

/** The table changes with a seed, not with traffic: read again after this long. */
const TTL_MS = 10 * 60_000;

type Shapes = {
  byCounty: Record<string, string>;
  /** Drawn on first use: an area alone (a page's bounds) needs no mesh of every county. */
  lines?: GeoJSON.Feature;
  /** The lines cut into tiles, and the tiles encoded so far. */
  tiles?: { index: GeoJSONVT; encoded: Map<string, Uint8Array<ArrayBuffer>> };
  areas: Map<string, { area: GeoJSON.Feature; bounds: Bounds | null }>;
};

let cached: { at: number; shapes: Promise<Shapes> } | null = null;

// An administrator moved a county (lib/consulates/jurisdiction-mutations.ts): the borders are drawn again.
onSignal(NETWORK_CHANGED_SIGNAL, () => {
  cached = null;
});

const currentShapes = () => {
  if (!cached || Date.now() - cached.at > TTL_MS) {
    const shapes = listJurisdictions().then((byCounty): Shapes => ({ byCounty, areas: new Map() }));
    shapes.catch(() => (cached = null));
    cached = { at: Date.now(), shapes };
  }
  return cached.shapes;
};

const areaOf = async (code: string) => {
  const shapes = await currentShapes();
  let entry = shapes.areas.get(code);
  if (!entry) {
    const area = jurisdictionArea(us, shapes.byCounty, code);
    // The view opens on the mainland of a jurisdiction, not on the box that also holds its islands.
    entry = { area: tagged("own-area", area), bounds: boundsOf([mainPart(area)]) };
    shapes.areas.set(code, entry);
  }
  return entry;
};

/**
 * The borders between consulates' jurisdictions, drawn here once (a mesh
 * over 3,000 counties is too much for every page to compute).
 */
export const getJurisdictionLines = async (): Promise<GeoJSON.Feature> => {
  const shapes = await currentShapes();
  shapes.lines ??= jurisdictionLines(us, shapes.byCounty);
  return shapes.lines;
};

/**
 * One vector tile of the borders (an empty body for a tile with none, a
 * valid empty tile). The maps load the few tiles in view instead of every
 * border in the country: half a megabyte of GeoJSON that each page's map
 * worker had to parse and cut again.
 */
export const getJurisdictionTile = async (z: number, x: number, y: number): Promise<Uint8Array<ArrayBuffer>> => {
  const lines = await getJurisdictionLines();
  const shapes = await currentShapes();
  shapes.tiles ??= {
    index: new GeoJSONVT({ type: "FeatureCollection", features: [lines] }, { maxZoom: JURISDICTION_MAX_ZOOM, tolerance: 2, extent: 4096, buffer: 64 }),
    encoded: new Map(),
  };
  const key = `${z}/${x}/${y}`;
  const known = shapes.tiles.encoded.get(key);
  if (known) return known;
  const tile = shapes.tiles.index.getTile(z, x, y);
  const bytes = new Uint8Array(
    tile && tile.features.length > 0 ? fromGeojsonVt({ [JURISDICTION_LAYER]: tile }, { version: 2, extent: 4096 }) : new Uint8Array(),
  );
  shapes.tiles.encoded.set(key, bytes);
  return bytes;
};

/** A consulate's area, shaded on its officers' map; null when it has no counties. */
export const getJurisdictionArea = async (code: string): Promise<GeoJSON.Feature | null> => {
  const { area, bounds } = await areaOf(code);
  return bounds ? area : null;
};

/** The box of a consulate's mainland jurisdiction, where its officer map opens; null when it has none. */
export const getJurisdictionBounds = async (code: string) => (await areaOf(code)).bounds;
