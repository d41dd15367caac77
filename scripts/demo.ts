// npm run demo: the app as a user meets it, from a production build rather
// than the development server (no development badge, no compile pause on a
// page's first visit). The build is made on the first run and reused until
// its inputs change. Meanwhile server.ts prepares the demo data (embedded
// PostgreSQL when DATABASE_URL is unset); then it serves that build.
import { spawn } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startNextAfter } from "@/lib/server/bootstrap";
import { buildInputsHash } from "./demo-inputs";

const root = path.resolve(import.meta.dirname, "..");
const stampFile = path.join(root, ".next", "amparo-demo-inputs.sha256");

const runBuild = () =>
  new Promise<void>((resolve, reject) => {
    // Types are checked by `npm run typecheck` and CI; the demo's build skips
    // that pass (a sixth of its time) and changes nothing in its output.
    const child = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], {
      cwd: root,
      stdio: "inherit",
      env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", AMPARO_SKIP_TYPECHECK: "1" },
    });
    // Ctrl-C reaches the build too (same terminal); this only stops waiting.
    const stop = () => child.kill("SIGTERM");
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
    child.on("exit", (code, signal) => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      if (code === 0) resolve();
      else reject(new Error(signal ? `the build stopped (${signal})` : `the build failed (exit ${code})`));
    });
  });

const ensureBuild = async () => {
  const inputs = buildInputsHash(root);
  const built = existsSync(path.join(root, ".next", "BUILD_ID")) && existsSync(stampFile);
  if (built && readFileSync(stampFile, "utf8").trim() === inputs) {
    console.log("[amparo] reusing the production build in .next (its sources have not changed)");
    return;
  }
  const started = Date.now();
  console.log("[amparo] building the app once (a minute or two); later runs reuse it until the sources change");
  await runBuild();
  writeFileSync(stampFile, `${inputs}\n`);
  console.log(`[amparo] built in ${Math.round((Date.now() - started) / 1000)} s`);
};

const main = async () => {
  // The database starts, migrates and seeds while the build runs; Next starts once both are done.
  const build = ensureBuild();
  // server.ts awaits it (and reports a failed build); until then a rejection is not "unhandled".
  build.catch(() => undefined);
  startNextAfter(build);
  process.env.AMPARO_DEMO = "1";
  // server.ts serves the build in .next instead of starting Next's development server.
  process.env.AMPARO_PREBUILT = "1";
  await import("../server");
};

main().catch((error) => {
  console.error(`[amparo] demo could not start: ${(error as Error).message}`);
  process.exit(1);
});
