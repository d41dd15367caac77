// The default jurisdictions: each county goes to the nearest consulate in its
// own state, since consular districts follow state lines wherever a state has
// a consulate; a state without one goes to the nearest consulate anywhere.
// Distances are great-circle, from the county's spherical centroid.
import { geoCentroid } from "d3-geo";
import type { MultiPolygon } from "geojson";
import { loadCounties, type County } from "./counties";
import { nearestConsulate, type LatLng, type Located } from "./distance";

export type AssignableConsulate = Located & { state: string };

export type CountyAssignment = {
  countyFips: string;
  countyName: string;
  state: string;
  consulateCode: string;
};

export const countyCentroid = (county: County): LatLng => {
  const geometry = { type: "MultiPolygon", coordinates: county.polygons } as unknown as MultiPolygon;
  const [lng, lat] = geoCentroid(geometry);
  return { lat, lng };
};

/** One row per us-atlas county, sorted by FIPS; the same input gives the same rows. */
export const assignCounties = (consulates: readonly AssignableConsulate[]): CountyAssignment[] => {
  if (consulates.length === 0) throw new Error("assignCounties needs at least one consulate");
  const byState = new Map<string, AssignableConsulate[]>();
  for (const consulate of consulates) {
    const list = byState.get(consulate.state) ?? [];
    list.push(consulate);
    byState.set(consulate.state, list);
  }
  return loadCounties().map((county) => {
    const candidates = byState.get(county.state) ?? consulates;
    // Non-null: candidates is never empty (checked above, and per state by construction).
    const nearest = nearestConsulate(countyCentroid(county), candidates)!;
    return { countyFips: county.fips, countyName: county.name, state: county.state, consulateCode: nearest.code };
  });
};
