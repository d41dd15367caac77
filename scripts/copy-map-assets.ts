// Puts what the map needs under public/map/, from packages, so the browser
// asks no third-party host (a tile server would learn where cases are):
// MapLibre's worker (v6 ships ES modules; Next cannot bundle the worker),
// Noto Sans glyphs, the US counties for the regional view's shading, and the
// basemap as vector tiles, cut here once from us-atlas and world-atlas so
// that no browser has to turn megabytes of shapes into tiles itself. Runs
// at postinstall and before builds; public/map/ is git-ignored.
import { cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { GeoJSONVT } from "@maplibre/geojson-vt";
import { fromGeojsonVt } from "@maplibre/vt-pbf";
import { basemapFeatures, type UsTopology, type WorldTopology } from "../lib/geo/shapes";
import { BASEMAP_BOUNDS, BASEMAP_LAYER, BASEMAP_MAX_ZOOM } from "../lib/geo/basemap-tiles";

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
let written = 0;
for (let z = 0; z <= BASEMAP_MAX_ZOOM; z++) {
  for (let x = tileX(west, z); x <= tileX(east, z); x++) {
    for (let y = tileY(north, z); y <= tileY(south, z); y++) {
      const tile = index.getTile(z, x, y);
      const bytes = tile && tile.features.length > 0 ? fromGeojsonVt({ [BASEMAP_LAYER]: tile }, { version: 2, extent: 4096 }) : new Uint8Array();
      mkdirSync(path.join(out, "tiles", String(z), String(x)), { recursive: true });
      writeFileSync(path.join(out, "tiles", String(z), String(x), `${y}.pbf`), bytes);
      written++;
    }
  }
}

console.log(`map assets copied to ${path.relative(process.cwd(), out)} (${written} basemap tiles)`);
