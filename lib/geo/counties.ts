// US counties (and county equivalents: parishes, boroughs, Puerto Rico's
// municipios, the territories' districts) from us-atlas, in lon/lat degrees.
// The TopoJSON is decoded once, on first use, and kept for the process.
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { MultiPolygon, Polygon as GeoPolygon } from "geojson";
import countiesTopology from "us-atlas/counties-10m.json";
import { STATE_FIPS_TO_USPS } from "../consulates/network";

/** [lng, lat], GeoJSON order. */
export type Position = readonly [number, number];
/** The first ring is the outer boundary, any further rings are holes. */
export type Polygon = readonly (readonly Position[])[];
/** [minLng, minLat, maxLng, maxLat] */
export type BBox = readonly [number, number, number, number];

export type County = {
  /** Five-digit county FIPS: state (2) + county (3). */
  fips: string;
  name: string;
  /** USPS code of the state or territory. */
  state: string;
  bbox: BBox;
  polygons: readonly Polygon[];
};

type CountyProps = { name: string };
type CountiesTopology = Topology<{ counties: GeometryCollection<CountyProps> }>;

const ringsBBox = (polygons: readonly Polygon[]): BBox => {
  let minLng = Infinity;
  let minLat = Infinity;
  let maxLng = -Infinity;
  let maxLat = -Infinity;
  for (const polygon of polygons) {
    // The outer ring bounds its holes.
    for (const [lng, lat] of polygon[0] ?? []) {
      if (lng < minLng) minLng = lng;
      if (lng > maxLng) maxLng = lng;
      if (lat < minLat) minLat = lat;
      if (lat > maxLat) maxLat = lat;
    }
  }
  return [minLng, minLat, maxLng, maxLat];
};

const decode = (): County[] => {
  const topology = countiesTopology as unknown as CountiesTopology;
  const collection = feature(topology, topology.objects.counties);
  const counties: County[] = [];
  for (const f of collection.features) {
    const geometry = f.geometry as GeoPolygon | MultiPolygon | null;
    if (!geometry) continue;
    const polygons = (geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates) as unknown as Polygon[];
    const fips = String(f.id).padStart(5, "0");
    const state = STATE_FIPS_TO_USPS[fips.slice(0, 2)];
    // A new us-atlas release with an unmapped state must fail loudly, not
    // silently drop people's counties from every jurisdiction.
    if (!state) throw new Error(`No USPS code for state FIPS ${fips.slice(0, 2)} (county ${fips})`);
    counties.push({ fips, name: f.properties?.name ?? fips, state, bbox: ringsBBox(polygons), polygons });
  }
  counties.sort((a, b) => (a.fips < b.fips ? -1 : a.fips > b.fips ? 1 : 0));
  return counties;
};

let cache: readonly County[] | undefined;

/** Every county in us-atlas, sorted by FIPS. */
export const loadCounties = (): readonly County[] => (cache ??= decode());
