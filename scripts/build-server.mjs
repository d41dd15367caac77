// Compiles server.ts (and the lib code it reaches) into dist/server.js for
// `npm start`. Packages stay external; Next serves its own build from .next/.
import { build } from "esbuild";

await build({
  entryPoints: ["server.ts"],
  outfile: "dist/server.js",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  packages: "external",
  sourcemap: true,
  tsconfig: "tsconfig.json",
  // "server-only" guards client bundles; on the server it is a no-op.
  alias: { "server-only": "./scripts/empty-module.mjs" },
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  logLevel: "info",
});
