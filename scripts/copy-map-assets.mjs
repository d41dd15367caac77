// Puts what the map needs under public/map/, from packages, so the browser
// asks no third-party host (a tile server would learn where cases are):
// MapLibre's worker (v6 ships ES modules; Next cannot bundle the worker),
// Noto Sans glyphs, and the US and world shapes. Runs at postinstall and
// before builds; public/map/ is git-ignored.
import { cpSync, mkdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const packageDir = (name) => path.dirname(require.resolve(`${name}/package.json`));
const out = path.resolve("public/map");

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

cpSync(path.join(packageDir("maplibre-gl"), "dist/maplibre-gl-worker.mjs"), path.join(out, "maplibre-gl-worker.mjs"));
cpSync(path.join(packageDir("tileserver-gl-styles"), "fonts/Noto Sans Regular"), path.join(out, "fonts/Noto Sans Regular"), { recursive: true });
for (const file of ["states-10m.json", "counties-10m.json", "nation-10m.json"]) {
  cpSync(path.join(packageDir("us-atlas"), file), path.join(out, `us-${file}`));
}
cpSync(path.join(packageDir("world-atlas"), "countries-50m.json"), path.join(out, "world-countries-50m.json"));

console.log(`map assets copied to ${path.relative(process.cwd(), out)}`);
