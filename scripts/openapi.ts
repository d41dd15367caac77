// npm run openapi: writes the intake's OpenAPI document (lib/alerts/openapi.ts)
// to docs/openapi.json, which is checked in. `npm run openapi -- --check`
// only compares, and fails when the checked-in copy is stale.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { intakeOpenApiJson } from "@/lib/alerts/openapi";

const target = path.resolve("docs/openapi.json");
const generated = intakeOpenApiJson();

if (process.argv.includes("--check")) {
  let current = "";
  try {
    current = readFileSync(target, "utf8");
  } catch {
    // Missing counts as stale.
  }
  if (current !== generated) {
    console.error("docs/openapi.json differs from lib/alerts/openapi.ts: run `npm run openapi` and commit it");
    process.exit(1);
  }
  console.log("docs/openapi.json is up to date");
} else {
  writeFileSync(target, generated);
  console.log(`wrote ${path.relative(process.cwd(), target)}`);
}
