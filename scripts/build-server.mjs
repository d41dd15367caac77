// Compiles server.ts (and the lib code it reaches) into dist/server.js for
// `npm start`. Packages stay external; Next serves its own build from .next/.
import { build } from "esbuild";

// Packages stay in node_modules, except JSON data (us-atlas shapes), which
// Node would refuse to import without an import attribute.
const externalPackagesButJson = {
  name: "external-packages-but-json",
  setup: (b) => {
    b.onResolve({ filter: /^[^./@]|^@[^/]/ }, (args) =>
      args.path.endsWith(".json") || args.path === "server-only" ? undefined : { path: args.path, external: true },
    );
  },
};

await build({
  entryPoints: ["server.ts"],
  outfile: "dist/server.js",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  plugins: [externalPackagesButJson],
  sourcemap: true,
  tsconfig: "tsconfig.json",
  // "server-only" guards client bundles; on the server it is a no-op.
  alias: { "server-only": "./scripts/empty-module.mjs" },
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  logLevel: "info",
});
