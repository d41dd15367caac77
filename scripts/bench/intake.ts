// Benchmark: the intake (POST /api/v1/alerts on the production build) against
// its floors (scripts/bench/intake-floor.ts: bare node:http + pg, either doing
// the same rows in a plain transaction, or making the intake's own single
// function call), same machine, same run, alternating. Prints figures;
// asserts nothing.
//   npm run build && npm run bench:intake -- [--connections 50] [--duration 10] [--rounds 2]
//
// Every request is a new panic of a new person (a raid: every press opens a
// case), signed like the relay signs, with the rate limit lifted. Both
// servers write to one scratch database, amparo_bench_intake (recreated,
// migrated, seeded; dropped at the end unless --keep).
import { parseArgs } from "node:util";
import { cpus } from "node:os";
import autocannon from "autocannon";
import { dropDatabase, TEST_DATABASE_URL, withDatabaseName } from "@/lib/server/testing/database";
import { benchPanicBody, benchServerEnv, DEMO_KEY, prepareBenchDatabase, signedHeaders, startProcess, stopProcess, waitFor } from "./support";

const { values: options } = parseArgs({
  options: {
    connections: { type: "string", default: "50" },
    duration: { type: "string", default: "10" },
    rounds: { type: "string", default: "2" },
    port: { type: "string", default: "3901" },
    "floor-port": { type: "string", default: "3902" },
    "function-floor-port": { type: "string", default: "3903" },
    keep: { type: "boolean", default: false },
  },
});
const CONNECTIONS = Number(options.connections);
const DURATION = Number(options.duration);
const ROUNDS = Number(options.rounds);
// BENCH_DATABASE_NAME keeps two runs on one machine (two checkouts) out of each other's database.
const DATABASE_URL = withDatabaseName(process.env.BENCH_DATABASE_URL ?? TEST_DATABASE_URL, process.env.BENCH_DATABASE_NAME ?? "amparo_bench_intake");
const COMMAND = `npm run bench:intake -- --connections ${CONNECTIONS} --duration ${DURATION} --rounds ${ROUNDS}`;

type Figures = { server: string; perSecond: number; p50: number; p99: number; errors: number };

const load = async (server: string, target: string, duration: number): Promise<Figures> => {
  const { origin: url, pathname, search } = new URL(target);
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration,
    requests: [
      {
        method: "POST",
        path: `${pathname}${search}`,
        setupRequest: (request) => {
          const body = benchPanicBody();
          return { ...request, body, headers: signedHeaders(DEMO_KEY, body) };
        },
      },
    ],
  });
  return {
    server,
    perSecond: result["2xx"] / duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.non2xx + result.errors + result.timeouts,
  };
};

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const fmt = (n: number) => Math.round(n).toLocaleString("en-US");

const main = async () => {
  await prepareBenchDatabase(DATABASE_URL);
  const env = benchServerEnv(DATABASE_URL, options.port!);
  const appUrl = `http://127.0.0.1:${options.port}`;
  const floorUrl = `http://127.0.0.1:${options["floor-port"]}`;
  const functionFloorUrl = `http://127.0.0.1:${options["function-floor-port"]}`;
  const floor = (mode: string, port: string) =>
    startProcess("node", ["--import", "tsx", "--import", "./scripts/server-only-hook.mjs", "scripts/bench/intake-floor.ts"], { ...env, PORT: port, RELAY_KEY_ID: DEMO_KEY.id, FLOOR_MODE: mode });
  const processes = [
    startProcess("node", ["dist/server.js"], env),
    floor("transaction", options["floor-port"]!),
    floor("function", options["function-floor-port"]!),
  ];
  // A query string takes the request past server.ts's own mount to Next's
  // route: the same handler behind Next's router, in the same process.
  const servers = [
    ["floor", `${floorUrl}/`],
    ["floor-fn", `${functionFloorUrl}/`],
    ["amparo", `${appUrl}/api/v1/alerts`],
    ["via-next", `${appUrl}/api/v1/alerts?via=next`],
  ] as const;
  try {
    await waitFor(`${appUrl}/sign-in`, "the app (was `npm run build` run?)");
    await waitFor(floorUrl, "the floor server", { anyStatus: true });
    await waitFor(functionFloorUrl, "the function floor server", { anyStatus: true });
    console.log(`warming up (3 s each)…`);
    for (const [server, url] of servers) await load(server, url, 3);
    const runs: Figures[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      for (const [server, url] of servers) {
        const figures = await load(server, url, DURATION);
        runs.push(figures);
        console.log(`round ${round} ${server.padEnd(8)} ${fmt(figures.perSecond).padStart(6)} alerts/s  p50 ${fmt(figures.p50)} ms  p99 ${fmt(figures.p99)} ms  errors ${figures.errors}`);
      }
    }
    const of = (server: string) => runs.filter((r) => r.server === server);
    const rate = (server: string) => median(of(server).map((r) => r.perSecond));
    console.log(`\nmachine: ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}; ${CONNECTIONS} connections, ${DURATION} s a run, ${ROUNDS} rounds`);
    console.log(`| server | alerts/s (median) | p50 | p99 | errors |`);
    console.log(`| --- | --- | --- | --- | --- |`);
    for (const [server] of servers) {
      const rs = of(server);
      console.log(`| ${server} | ${fmt(median(rs.map((r) => r.perSecond)))} | ${fmt(median(rs.map((r) => r.p50)))} ms | ${fmt(median(rs.map((r) => r.p99)))} ms | ${rs.reduce((a, r) => a + r.errors, 0)} |`);
    }
    const percent = (a: number, b: number) => `${((a / b) * 100).toFixed(0)} %`;
    console.log(`\nintake / floor (same rows, plain transaction): ${percent(rate("amparo"), rate("floor"))} (target ≥ 70 %)`);
    console.log(`intake / floor-fn (the same function call, bare node:http): ${percent(rate("amparo"), rate("floor-fn"))}`);
    console.log(`intake through Next's router / intake mounted in server.ts: ${percent(rate("via-next"), rate("amparo"))}`);
    console.log(`reproduce: ${COMMAND}`);
  } finally {
    await Promise.all(processes.map(stopProcess));
    if (!options.keep) await dropDatabase(DATABASE_URL);
  }
};

main().catch((error) => {
  console.error(`[bench:intake] ${(error as Error).stack ?? error}`);
  process.exit(1);
});
