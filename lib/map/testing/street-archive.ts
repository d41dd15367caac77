// A tiny street basemap for the tests: two Los Angeles streets and the land
// around them, in the Protomaps basemap schema's layers (`roads`, `earth`)
// and kinds, cut into vector tiles z0–14 (unsimplified, so that even z0 holds them) and written as a PMTiles v3 archive.
// What a real extract (docs/basemap.md) holds, minus everything else.
import { GeoJSONVT } from "@maplibre/geojson-vt";
import { fromGeojsonVt } from "@maplibre/vt-pbf";
import { writePmtiles, type ArchiveTile } from "./pmtiles-writer";

/** Wilshire Boulevard through Koreatown, a major road in the schema. */
export const TEST_STREET = {
  name: "Wilshire Boulevard",
  from: [-118.3095, 34.0619] as const,
  to: [-118.2735, 34.0579] as const,
};

export const TEST_ARCHIVE_BOUNDS: [number, number, number, number] = [-118.32, 34.05, -118.26, 34.07];
export const TEST_ARCHIVE_MAX_ZOOM = 14;

const feature = (geometry: GeoJSON.Geometry, properties: Record<string, string | number>): GeoJSON.Feature => ({
  type: "Feature",
  geometry,
  properties,
});

const [west, south, east, north] = TEST_ARCHIVE_BOUNDS;
const layers = {
  earth: [feature({ type: "Polygon", coordinates: [[[west, south], [east, south], [east, north], [west, north], [west, south]]] }, { kind: "earth" })],
  roads: [
    feature({ type: "LineString", coordinates: [[...TEST_STREET.from], [-118.2915, 34.0613], [...TEST_STREET.to]] }, {
      kind: "major_road",
      kind_detail: "primary",
      name: TEST_STREET.name,
      min_zoom: 7,
    }),
    feature({ type: "LineString", coordinates: [[-118.2915, 34.052], [-118.2915, 34.068]] }, {
      kind: "minor_road",
      kind_detail: "residential",
      name: "South Western Avenue",
      min_zoom: 12,
    }),
  ],
};

const tileX = (lng: number, z: number) => Math.floor(((lng + 180) / 360) * 2 ** z);
const tileY = (lat: number, z: number) => {
  const rad = (lat * Math.PI) / 180;
  return Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * 2 ** z);
};

/** The archive's bytes: every tile over TEST_ARCHIVE_BOUNDS from z0 to TEST_ARCHIVE_MAX_ZOOM. */
export const buildStreetArchive = () => {
  const indexes = Object.fromEntries(
    Object.entries(layers).map(([name, features]) => [
      name,
      new GeoJSONVT({ type: "FeatureCollection", features }, { maxZoom: TEST_ARCHIVE_MAX_ZOOM, indexMaxZoom: TEST_ARCHIVE_MAX_ZOOM, indexMaxPoints: 0, tolerance: 0, extent: 4096, buffer: 64 }),
    ]),
  );
  const tiles: ArchiveTile[] = [];
  for (let z = 0; z <= TEST_ARCHIVE_MAX_ZOOM; z++) {
    for (let x = tileX(west, z); x <= tileX(east, z); x++) {
      for (let y = tileY(north, z); y <= tileY(south, z); y++) {
        const cut = Object.fromEntries(
          Object.entries(indexes).flatMap(([name, index]) => {
            const tile = index.getTile(z, x, y);
            return tile && tile.features.length > 0 ? [[name, tile]] : [];
          }),
        );
        if (Object.keys(cut).length > 0) tiles.push({ z, x, y, data: fromGeojsonVt(cut, { version: 2, extent: 4096 }) });
      }
    }
  }
  return writePmtiles({
    tiles,
    bounds: TEST_ARCHIVE_BOUNDS,
    metadata: {
      name: "amparo test streets",
      attribution: "© OpenStreetMap",
      vector_layers: [
        { id: "earth", fields: { kind: "String" } },
        { id: "roads", fields: { kind: "String", kind_detail: "String", name: "String", min_zoom: "Number" } },
      ],
    },
  });
};
