import "server-only";
import countiesTopology from "us-atlas/counties-10m.json";
import { boundsOf, jurisdictionArea, jurisdictionLines, mainPart, tagged, type Bounds, type UsTopology } from "@/lib/geo/shapes";
import { listJurisdictions } from "./data";

const us = countiesTopology as unknown as UsTopology;

/** The table changes with a seed, not with traffic: read again after this long. */
const TTL_MS = 10 * 60_000;

type Shapes = {
  byCounty: Record<string, string>;
  /** Drawn on first use: an area alone (a page's bounds) needs no mesh of every county. */
  lines?: GeoJSON.Feature;
  areas: Map<string, { area: GeoJSON.Feature; bounds: Bounds | null }>;
};

let cached: { at: number; shapes: Promise<Shapes> } | null = null;

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
 * The borders between consulates' jurisdictions and, with `own`, that
 * consulate's area: the maps' jurisdictions source, drawn here once (a
 * mesh over 3,000 counties is too much for every page to compute).
 */
export const getJurisdictionLines = async (own: string | null): Promise<GeoJSON.FeatureCollection> => {
  const shapes = await currentShapes();
  shapes.lines ??= jurisdictionLines(us, shapes.byCounty);
  const features = [shapes.lines];
  if (own) features.push((await areaOf(own)).area);
  return { type: "FeatureCollection", features };
};

/** The box of a consulate's mainland jurisdiction, where its officer map opens; null when it has none. */
export const getJurisdictionBounds = async (code: string) => (await areaOf(code)).bounds;
