// The officer's map read on sealed positions, four ways side by side in one
// run against a filled database (npm run bench:fill-cases): the rows read and
// each position opened, the same with positions kept opened (what
// lib/map/data.ts does: a refresh), and readMapCases itself, cold and warm.
//   npm run bench:map-read -- --database amparo_bench_queue [--region OESTE] [--runs 5]
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";

const { values } = parseArgs({
  options: { database: { type: "string" }, region: { type: "string", default: "OESTE" }, runs: { type: "string", default: "5" } },
});
process.env.DATABASE_URL = `postgresql://postgres@127.0.0.1:5432/${values.database ?? "amparo_bench_queue"}`;
process.env.NEXTAUTH_SECRET ??= "bench-nextauth-secret-0123456789abcdefghij";
process.env.AMPARO_SECRET_KEY ??= "0".repeat(64);

const main = async () => {
  const { db, disconnectDb } = await import("@/lib/server/db");
  const { readMapCases } = await import("@/lib/map/data");
  const { keyring } = await import("@/lib/privacy/keys-data");
  const { openPoint, openPointKept } = await import("@/lib/cases/summary-open");
  const { caseSqlForScope } = await import("@/lib/cases/policy");
  const { Prisma } = await import("@/lib/generated/prisma/client");
  const region = await db.region.findUniqueOrThrow({ where: { code: values.region! } });
  const scope = { userId: "00000000-0000-0000-0000-000000000000", role: "SUPERVISOR", regionId: region.id, consulateId: null } as never;
  const rowByRow = async (open = openPoint) => {
    const ring = await keyring();
    const rows = await db.$queryRaw<{ id: string; lastLocation: string }[]>`
      SELECT c.id::text AS id, c.number, c.owner_id::text AS "ownerId", c.last_location AS "lastLocation",
        floor(extract(epoch FROM c.alert_at) * 1000)::float8 AS "alertAtMs", c.status::text AS status, c.priority::text AS priority,
        c.duress, c.pressed_again AS "pressedAgain", c.rescinded
      FROM cases c WHERE ${caseSqlForScope(scope)} AND c.status::text NOT IN (${Prisma.join(["CLOSED", "NOT_DETAINED", "RESCINDED"])}) AND c.last_location IS NOT NULL`;
    return rows.map((r) => open(ring, r.lastLocation)).length;
  };
  await keyring();
  const time = async (what: string, fn: () => Promise<unknown>) => {
    const start = performance.now();
    const result = await fn();
    return { what, ms: performance.now() - start, result };
  };
  const runs = Number(values.runs);
  const results: Record<string, number[]> = {
    "row by row, each opened": [],
    "row by row, kept (warm)": [],
    "readMapCases (cold)": [],
    "readMapCases (warm)": [],
  };
  let points = 0;
  for (let i = 0; i < runs; i++) {
    results["row by row, each opened"].push((await time("a", () => rowByRow())).ms);
    const { clearKeptPoints } = await import("@/lib/cases/summary-open");
    await rowByRow(openPointKept);
    results["row by row, kept (warm)"].push((await time("a2", () => rowByRow(openPointKept))).ms);
    clearKeptPoints();
    const cold = await time("b", () => readMapCases(scope));
    results["readMapCases (cold)"].push(cold.ms);
    points = (cold.result as Uint8Array).length;
    results["readMapCases (warm)"].push((await time("c", () => readMapCases(scope))).ms);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const base = median(results["row by row, each opened"]);
  console.log(`region ${values.region}: body ${points} bytes; ${runs} runs, medians`);
  for (const [what, xs] of Object.entries(results)) console.log(`  ${what.padEnd(36)} ${median(xs).toFixed(0).padStart(6)} ms  ${(median(xs) / base).toFixed(2)}×`);
  await disconnectDb();
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
