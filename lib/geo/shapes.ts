// The app's own shapes (us-atlas and world-atlas TopoJSON) turned into
// GeoJSON: the basemap's land and borders (tiled at install, see
// scripts/copy-map-assets.ts), the borders between consulates' jurisdictions
// and their areas (drawn by the server from the jurisdictions table), and the
// counties the regional view shades. Boundaries are meshes (each shared
// border drawn once): lighter to draw than polygon outlines, and a border can
// be picked by what it separates. Pure: no framework, no I/O.
import { feature, merge, mesh } from "topojson-client";
import type { GeometryCollection, GeometryObject, Topology } from "topojson-specification";

type Objects<K extends string> = Record<K, GeometryCollection>;
export type UsTopology = Topology<Objects<"counties" | "states" | "nation">>;
export type WorldTopology = Topology<Objects<"countries" | "land">>;

/** County FIPS → consulate code (GET /api/v1/map/jurisdictions). */
export type Jurisdictions = Record<string, string>;

export type Bounds = [[number, number], [number, number]];

/** What a feature of the basemap is; its `kind` picks its layer (components/map/layers.ts). */
export type BasemapKind = "land" | "country-line" | "us-land" | "state-line" | "county-line" | "consulate-line" | "own-area";

const between = (a: GeometryObject, b: GeometryObject) => a !== b;

const codeOf = (county: GeometryObject, byCounty: Jurisdictions) => byCounty[String(county.id)] ?? null;

/** One feature of the basemap; its `kind` picks its layer. */
export const tagged = (kind: BasemapKind, geometry: GeoJSON.Geometry): GeoJSON.Feature => ({
  type: "Feature",
  properties: { kind },
  geometry,
});

const geometriesOf = (value: GeoJSON.Feature | GeoJSON.FeatureCollection) =>
  value.type === "FeatureCollection" ? value.features.map((f) => f.geometry) : [value.geometry];

/** Land, country borders, the US, and state and county lines: the basemap's tiles. */
export const basemapFeatures = ({ us, world }: { us: UsTopology; world: WorldTopology }): GeoJSON.Feature[] => [
  ...geometriesOf(feature(world, world.objects.land)).map((g) => tagged("land", g)),
  tagged("country-line", mesh(world, world.objects.countries, between)),
  ...geometriesOf(feature(us, us.objects.nation)).map((g) => tagged("us-land", g)),
  tagged("state-line", mesh(us, us.objects.states, between)),
  tagged("county-line", mesh(us, us.objects.counties, between)),
];

/** The borders between consulates' jurisdictions, and their outer edge. */
export const jurisdictionLines = (us: UsTopology, byCounty: Jurisdictions): GeoJSON.Feature =>
  tagged(
    "consulate-line",
    mesh(us, us.objects.counties, (a, b) => (a === b ? codeOf(a, byCounty) !== null : codeOf(a, byCounty) !== codeOf(b, byCounty))),
  );

const countiesOf = (us: UsTopology, byCounty: Jurisdictions, codes: ReadonlySet<string> | null) =>
  us.objects.counties.geometries.filter((county) => {
    const code = codeOf(county, byCounty);
    return code !== null && (codes === null || codes.has(code));
  });

/** One consulate's jurisdiction as a single shape (its counties dissolved). */
export const jurisdictionArea = (us: UsTopology, byCounty: Jurisdictions, code: string): GeoJSON.MultiPolygon =>
  merge(us, countiesOf(us, byCounty, new Set([code])) as Parameters<typeof merge>[1]);

/**
 * The largest piece of an area (by its outline's points): the view opens on
 * the mainland of a jurisdiction, not on the box that also holds its islands.
 */
export const mainPart = (area: GeoJSON.MultiPolygon): GeoJSON.Polygon | null => {
  const largest = area.coordinates.reduce<GeoJSON.Position[][] | null>(
    (best, polygon) => (!best || polygon[0].length > best[0].length ? polygon : best),
    null,
  );
  return largest ? { type: "Polygon", coordinates: largest } : null;
};

/** The counties of these consulates (null: all), each with its consulate's code, for shading. */
export const countiesByConsulate = (us: UsTopology, byCounty: Jurisdictions, codes: ReadonlySet<string> | null) => {
  const geometries = countiesOf(us, byCounty, codes).map((county) => ({
    ...county,
    properties: { consulate: codeOf(county, byCounty) },
  }));
  return feature(us, { type: "GeometryCollection", geometries } as GeometryCollection) as GeoJSON.FeatureCollection;
};

const eachPosition = (geometry: GeoJSON.Geometry, visit: (lng: number, lat: number) => void) => {
  const walk = (coords: unknown): void => {
    if (typeof (coords as number[])[0] === "number") visit((coords as number[])[0], (coords as number[])[1]);
    else for (const inner of coords as unknown[]) walk(inner);
  };
  if (geometry.type === "GeometryCollection") geometry.geometries.forEach((g) => eachPosition(g, visit));
  else walk(geometry.coordinates);
};

/**
 * The box around some shapes, or null when there are none. Points east of
 * 0° (the Aleutians cross the antimeridian) are left out: every consulate is
 * in the western hemisphere, and they would stretch the box round the world.
 */
export const boundsOf = (geometries: readonly (GeoJSON.Geometry | null)[]): Bounds | null => {
  let [west, south, east, north] = [180, 90, -180, -90];
  for (const geometry of geometries) {
    if (!geometry) continue;
    eachPosition(geometry, (lng, lat) => {
      if (lng > 0) return;
      west = Math.min(west, lng);
      east = Math.max(east, lng);
      south = Math.min(south, lat);
      north = Math.max(north, lat);
    });
  }
  return west > east ? null : [[west, south], [east, north]];
};

/**
 * The box around some places with a margin in degrees: a region's view is
 * framed on its consulates, not on every county they answer for (some
 * Pacific islands are assigned to a California consulate, and would pull
 * the view into the ocean).
 */
export const boundsAround = (places: readonly { lat: number; lng: number }[], margin = 1.5): Bounds | null => {
  if (places.length === 0) return null;
  const lats = places.map((p) => p.lat);
  const lngs = places.map((p) => p.lng);
  return [
    [Math.min(...lngs) - margin, Math.min(...lats) - margin],
    [Math.max(...lngs) + margin, Math.max(...lats) + margin],
  ];
};
