// Which county a point is in: a Flatbush R-tree over the bounding box of every
// county polygon picks the few candidates, and an exact point-in-polygon test
// decides. Indexing each polygon (not each county) keeps the boxes tight for
// counties made of scattered islands, and for the Aleutians, whose polygons
// sit on both sides of the antimeridian.
import Flatbush from "flatbush";
import { loadCounties, type County, type Polygon } from "./counties";

export { haversineKm, nearestConsulate } from "./distance";
export type { LatLng, Located } from "./distance";

export type CountyIndex = {
  findCounty: (lat: number, lng: number) => County | null;
  /** Number of polygons indexed. */
  size: number;
};

/** Rings as flat [lng0, lat0, lng1, lat1, ...] arrays: faster to scan. */
type Part = { county: number; rings: Float64Array[] };

const flatten = (polygon: Polygon): Float64Array[] =>
  polygon.map((ring) => {
    const flat = new Float64Array(ring.length * 2);
    ring.forEach(([lng, lat], i) => {
      flat[2 * i] = lng;
      flat[2 * i + 1] = lat;
    });
    return flat;
  });

// Even-odd ray casting over all the rings at once: a point in a hole crosses
// both the hole and the outer ring, an even count, so holes need no special
// case. Works whether or not a ring repeats its first vertex at the end.
const insideRings = (lng: number, lat: number, rings: readonly Float64Array[]): boolean => {
  let inside = false;
  for (const ring of rings) {
    const n = ring.length;
    for (let i = 0, j = n - 2; i < n; j = i, i += 2) {
      const xi = ring[i];
      const yi = ring[i + 1];
      const xj = ring[j];
      const yj = ring[j + 1];
      if (yi > lat !== yj > lat && lng < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
};

/** Exact test of a point ([lng, lat] degrees) against one polygon with holes. */
export const pointInPolygon = (lng: number, lat: number, polygon: Polygon): boolean =>
  insideRings(lng, lat, flatten(polygon));

export const buildCountyIndex = (counties: readonly County[]): CountyIndex => {
  const parts: Part[] = [];
  const boxes: [number, number, number, number][] = [];
  counties.forEach((county, c) => {
    for (const polygon of county.polygons) {
      const rings = flatten(polygon);
      const outer = rings[0];
      if (!outer || outer.length < 6) continue;
      let minX = Infinity;
      let minY = Infinity;
      let maxX = -Infinity;
      let maxY = -Infinity;
      for (let i = 0; i < outer.length; i += 2) {
        minX = Math.min(minX, outer[i]);
        maxX = Math.max(maxX, outer[i]);
        minY = Math.min(minY, outer[i + 1]);
        maxY = Math.max(maxY, outer[i + 1]);
      }
      parts.push({ county: c, rings });
      boxes.push([minX, minY, maxX, maxY]);
    }
  });

  const index = new Flatbush(Math.max(parts.length, 1));
  for (const [minX, minY, maxX, maxY] of boxes) index.add(minX, minY, maxX, maxY);
  if (parts.length === 0) index.add(0, 0, 0, 0);
  index.finish();

  const findCounty = (lat: number, lng: number): County | null => {
    if (!Number.isFinite(lat) || !Number.isFinite(lng)) return null;
    // A point on a shared border can test inside two counties; the lowest FIPS
    // wins, so the answer never depends on the tree's internal order.
    let best = -1;
    for (const i of index.search(lng, lat, lng, lat)) {
      const part = parts[i];
      if (!part || (best !== -1 && part.county >= best)) continue;
      if (insideRings(lng, lat, part.rings)) best = part.county;
    }
    return best === -1 ? null : counties[best];
  };

  return { findCounty, size: parts.length };
};

let defaultIndex: CountyIndex | undefined;

/** The index over every us-atlas county, built on first use (a few hundred ms). */
export const getCountyIndex = (): CountyIndex => (defaultIndex ??= buildCountyIndex(loadCounties()));

export const findCounty = (lat: number, lng: number): County | null => getCountyIndex().findCounty(lat, lng);
