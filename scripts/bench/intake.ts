// Benchmark: the intake (POST /api/v1/alerts on the production build) against
// its floor (scripts/bench/intake-floor.ts: bare node:http + pg doing the same
// rows), same machine, same run, alternating. Prints figures; asserts nothing.
//   npm run build && npm run bench:intake -- [--connections 50] [--duration 10] [--rounds 2]
//
// Every request is a new panic of a new person (a raid: every press opens a
// case), signed like the relay signs, with the rate limit lifted. Both
// servers write to one scratch database, amparo_bench_intake (recreated,
// migrated, seeded; dropped at the end unless --keep).
import { parseArgs } from "node:util";
import { cpus } from "node:os";
import autocannon from "autocannon";
import { migrate } from "@/lib/server/migrate";
import { dropDatabase, recreateDatabase, TEST_DATABASE_URL, withDatabaseName } from "@/lib/server/testing/database";
import { benchPanicBody, DEMO_KEY, signedHeaders, startProcess, stopProcess, waitFor } from "./support";

const { values: options } = parseArgs({
  options: {
    connections: { type: "string", default: "50" },
    duration: { type: "string", default: "10" },
    rounds: { type: "string", default: "2" },
    port: { type: "string", default: "3901" },
    "floor-port": { type: "string", default: "3902" },
    keep: { type: "boolean", default: false },
  },
});
const CONNECTIONS = Number(options.connections);
const DURATION = Number(options.duration);
const ROUNDS = Number(options.rounds);
const DATABASE_URL = withDatabaseName(process.env.BENCH_DATABASE_URL ?? TEST_DATABASE_URL, "amparo_bench_intake");
const COMMAND = `npm run bench:intake -- --connections ${CONNECTIONS} --duration ${DURATION} --rounds ${ROUNDS}`;

type Figures = { server: string; perSecond: number; p50: number; p99: number; errors: number };

const load = async (server: string, url: string, duration: number): Promise<Figures> => {
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration,
    requests: [
      {
        method: "POST",
        path: "/api/v1/alerts",
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

const seedDatabase = async () => {
  await recreateDatabase(DATABASE_URL);
  await migrate({ databaseUrl: DATABASE_URL });
  process.env.DATABASE_URL = DATABASE_URL;
  process.env.NEXTAUTH_SECRET ??= "bench-nextauth-secret-0123456789abcdefghij";
  process.env.AMPARO_SECRET_KEY ??= "0".repeat(64);
  const { seed } = await import("@/prisma/seed/seed");
  await seed({ demo: true, log: () => undefined });
  const { disconnectDb } = await import("@/lib/server/db");
  await disconnectDb();
};

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const fmt = (n: number) => Math.round(n).toLocaleString("en-US");

const main = async () => {
  await seedDatabase();
  const env = { DATABASE_URL, NODE_ENV: "production", HOST: "127.0.0.1", AMPARO_DEMO: "0", RELAY_RATE_PER_SECOND: "100000", RELAY_RATE_BURST: "100000" };
  const appUrl = `http://127.0.0.1:${options.port}`;
  const floorUrl = `http://127.0.0.1:${options["floor-port"]}`;
  const app = startProcess("node", ["dist/server.js"], { ...env, PORT: options.port! });
  const floor = startProcess("node", ["--import", "tsx", "scripts/bench/intake-floor.ts"], { ...env, PORT: options["floor-port"]!, RELAY_KEY_ID: DEMO_KEY.id });
  try {
    await waitFor(`${appUrl}/sign-in`, "the app (was `npm run build` run?)");
    await waitFor(floorUrl, "the floor server", { anyStatus: true });
    console.log(`warming up (3 s each)…`);
    await load("floor", floorUrl, 3);
    await load("amparo", appUrl, 3);
    const runs: Figures[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      for (const [server, url] of [["floor", floorUrl], ["amparo", appUrl]] as const) {
        const figures = await load(server, url, DURATION);
        runs.push(figures);
        console.log(`round ${round} ${server.padEnd(6)} ${fmt(figures.perSecond).padStart(6)} alerts/s  p50 ${fmt(figures.p50)} ms  p99 ${fmt(figures.p99)} ms  errors ${figures.errors}`);
      }
    }
    const of = (server: string) => runs.filter((r) => r.server === server);
    const floorRate = median(of("floor").map((r) => r.perSecond));
    const appRate = median(of("amparo").map((r) => r.perSecond));
    console.log(`\nmachine: ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}; ${CONNECTIONS} connections, ${DURATION} s a run, ${ROUNDS} rounds`);
    console.log(`| server | alerts/s (median) | p50 | p99 | errors |`);
    console.log(`| --- | --- | --- | --- | --- |`);
    for (const server of ["floor", "amparo"]) {
      const rs = of(server);
      console.log(`| ${server} | ${fmt(median(rs.map((r) => r.perSecond)))} | ${fmt(median(rs.map((r) => r.p50)))} ms | ${fmt(median(rs.map((r) => r.p99)))} ms | ${rs.reduce((a, r) => a + r.errors, 0)} |`);
    }
    console.log(`\nintake / floor: ${((appRate / floorRate) * 100).toFixed(0)} % (target ≥ 70 %)`);
    console.log(`reproduce: ${COMMAND}`);
  } finally {
    await Promise.all([stopProcess(app), stopProcess(floor)]);
    if (!options.keep) await dropDatabase(DATABASE_URL);
  }
};

main().catch((error) => {
  console.error(`[bench:intake] ${(error as Error).stack ?? error}`);
  process.exit(1);
});
