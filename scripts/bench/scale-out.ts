// Benchmark: does a second instance take more alerts? Prints figures, asserts nothing.
//   npm run build && npm run bench:scale-out -- [--duration 10] [--rounds 3] [--connections 16] [--port 3140]
//
// 1. A scratch database, amparo_bench_scale (recreated, migrated, seeded with
//    the network and the demo accounts, dropped at the end), and a relay key.
// 2. Two production instances (dist/server.js) on --port and --port+1, one
//    Redis (BENCH_REDIS_URL, a prefix of this run's own), the relay's rate
//    limit lifted. Two HAProxy processes with scripts/bench/haproxy.cfg: one
//    balancing over the first instance only, one over both.
// 3. Rounds alternate 1, 2, 1, 2, …: autocannon sends signed new panics (a
//    fresh eventId and person each, timestamps of the moment, all in Los
//    Angeles) through one balancer for --duration seconds. Meanwhile an LA
//    officer's websocket on each instance counts case:created: each must see
//    every case the round opened, whichever instance took it.
// 4. It prints alerts/s (202s a second), p50 and p99 latency per round, the
//    medians per configuration, and the ratio 2-vs-1.
// Everything it starts (two servers, two balancers) it stops, by pid.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { cpus } from "node:os";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { encode } from "next-auth/jwt";
import { io as connect, type Socket } from "socket.io-client";
import { createFaker, fakePanic } from "@/lib/alerts/testing/fake";
import { LOS_ANGELES } from "@/lib/alerts/testing/panic";
import { signBody } from "@/lib/server/http/relay-signature";
import { dropDatabase, TEST_DATABASE_URL, withDatabaseName } from "@/lib/server/testing/database";
import { BENCH_SMS_ENV, prepareBenchDatabase } from "./support";
import { redisProblem } from "@/lib/server/testing/redis";

const { values: options } = parseArgs({
  options: {
    duration: { type: "string", default: "10" },
    rounds: { type: "string", default: "3" },
    connections: { type: "string", default: "16" },
    port: { type: "string", default: "3140" },
    // Two runs on one machine (two checkouts) keep out of each other's database.
    database: { type: "string", default: "amparo_bench_scale" },
  },
});
const DURATION = Number(options.duration);
const ROUNDS = Number(options.rounds);
const CONNECTIONS = Number(options.connections);
const PORT = Number(options.port);
const APP = [PORT, PORT + 1];
const BALANCER = { 1: PORT + 2, 2: PORT + 3 } as const;
const DATABASE_URL = withDatabaseName(process.env.BENCH_DATABASE_URL ?? TEST_DATABASE_URL, options.database!);
const REDIS_URL = process.env.BENCH_REDIS_URL ?? process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379/5";
const REDIS_PREFIX = `amparo-bench-${process.pid}`;
const NEXTAUTH_SECRET = "bench-nextauth-secret-0123456789abcdefghij";
const AMPARO_SECRET_KEY = "0".repeat(64);
const COMMAND = `npm run build && npm run bench:scale-out -- --duration ${DURATION} --rounds ${ROUNDS} --connections ${CONNECTIONS} --port ${PORT}`;

const say = (line: string) => console.log(line);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

const started: ChildProcess[] = [];

const answers = async (url: string) => fetch(url).then((r) => r.ok, () => false);

const waitFor = async (url: string, what: string) => {
  for (let i = 0; i < 240; i++) {
    if (await answers(url)) return;
    await sleep(500);
  }
  throw new Error(`${what} did not answer on ${url}`);
};

const startInstance = async (port: number) => {
  const server = spawn("node", ["dist/server.js"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      ...BENCH_SMS_ENV,
      NODE_ENV: "production",
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL,
      NEXTAUTH_SECRET,
      AMPARO_SECRET_KEY,
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      AMPARO_DEMO: "0",
      REDIS_URL,
      REDIS_PREFIX,
      // The relay's limit is per key, and the bench is one key: lifted, or it would measure the limit.
      RELAY_RATE_PER_SECOND: "1000000",
      RELAY_RATE_BURST: "10000000",
    },
  });
  started.push(server);
  await waitFor(`http://127.0.0.1:${port}/sign-in`, `the instance on ${port}`);
  return server;
};

const startBalancer = async (instances: 1 | 2) => {
  const balancer = spawn("haproxy", ["-db", "-f", "scripts/bench/haproxy.cfg"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      LB_PORT: String(BALANCER[instances]),
      APP_A_PORT: String(APP[0]),
      APP_B_PORT: String(APP[1]),
      APP_B_STATE: instances === 2 ? "enabled" : "disabled",
    },
  });
  started.push(balancer);
  await waitFor(`http://127.0.0.1:${BALANCER[instances]}/sign-in`, `HAProxy (${instances} instance${instances > 1 ? "s" : ""})`);
};

const stopAll = async () => {
  await Promise.all(
    started.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once("exit", () => resolve());
          child.kill("SIGTERM");
          setTimeout(() => child.kill("SIGKILL"), 10_000).unref();
        }),
    ),
  );
};

const prepare = async () => {
  Object.assign(process.env, { NEXTAUTH_SECRET, AMPARO_SECRET_KEY, REDIS_URL: "" });
  await prepareBenchDatabase(DATABASE_URL);
  const { createRelayKey } = await import("@/lib/relay-keys/mutations");
  const key = await createRelayKey({ name: "scale-out bench" });
  const { db, disconnectDb } = await import("@/lib/server/db");
  const officer = await db.user.findUniqueOrThrow({ where: { email: "oficial.la@amparo.demo" }, select: { id: true, sessionVersion: true } });
  await disconnectDb();
  return { key, officer };
};

// An LA officer's websocket on one instance, counting the cases it is told about.
const officerSocket = async (port: number, officer: { id: string; sessionVersion: number }) => {
  // A session as signing in makes it (lib/server/auth/session-claims.ts).
  const claims = { sub: officer.id, authTime: Math.floor(Date.now() / 1000), sessionVersion: officer.sessionVersion };
  const token = await encode({ token: claims, secret: NEXTAUTH_SECRET });
  const seen = new Set<string>();
  const socket: Socket = connect(`http://127.0.0.1:${port}`, {
    transports: ["websocket"],
    extraHeaders: { cookie: `next-auth.session-token=${token}` },
  });
  socket.on("case:created", (c: { id: string }) => seen.add(c.id));
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", resolve);
    socket.once("connect_error", reject);
  });
  return { socket, seen };
};

type Round = { instances: 1 | 2; alertsPerSecond: number; p50: number; p99: number; errors: number; created: number; delivered: number[] };

const load = async ({ instances, key, seconds }: { instances: 1 | 2; key: { id: string; secret: string }; seconds: number }) => {
  const faker = createFaker(Date.now() % 1_000_000);
  const created: string[] = [];
  const result = await autocannon({
    url: `http://127.0.0.1:${BALANCER[instances]}/api/v1/alerts`,
    method: "POST",
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      {
        // Signed like the relay: a fresh event (eventId, person) and a timestamp of the moment, every request.
        setupRequest: (request) => {
          const body = JSON.stringify(fakePanic(faker, { near: LOS_ANGELES, location: LOS_ANGELES }));
          return {
            ...request,
            body,
            headers: {
              "content-type": "application/json",
              "x-alert-key": key.id,
              "x-alert-signature": signBody({ secret: key.secret, body }),
            },
          };
        },
        onResponse: (status: number, body: string) => {
          if (status !== 202) return;
          const answer = JSON.parse(body) as { caseId: string; result: string };
          if (answer.result === "created") created.push(answer.caseId);
        },
      },
    ],
  });
  const accepted = result.statusCodeStats?.["202"]?.count ?? 0;
  return {
    alertsPerSecond: Number(accepted) / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
    created,
  };
};

const main = async () => {
  if (!existsSync("dist/server.js")) {
    console.error("✗ dist/server.js is missing: run `npm run build` first (the benchmark measures the production build).");
    process.exit(1);
  }
  if (spawnSync("haproxy", ["-v"]).status !== 0) {
    console.error("✗ HAProxy is not installed: apt-get install -y haproxy");
    process.exit(1);
  }
  const problem = await redisProblem(REDIS_URL);
  if (problem) {
    console.error(`✗ ${problem}`);
    process.exit(1);
  }

  say(`Scale-out benchmark: ${cpus().length} CPUs (PostgreSQL, Redis, HAProxy, the instances and the load all on this machine)`);
  say(`  database ${new URL(DATABASE_URL).pathname.slice(1)}, Redis ${REDIS_URL} (prefix ${REDIS_PREFIX}), instances on ${APP.join(" and ")}`);
  const { key, officer } = await prepare();
  await Promise.all(APP.map(startInstance));
  await startBalancer(1);
  await startBalancer(2);
  const watchers = await Promise.all(APP.map((port) => officerSocket(port, officer)));

  say(`  warming up (${Math.min(5, DURATION)} s through each balancer, not counted)`);
  for (const instances of [1, 2] as const) await load({ instances, key, seconds: Math.min(5, DURATION) });

  const rounds: Round[] = [];
  say(`\n  ${CONNECTIONS} connections, ${DURATION} s a round, alternating\n`);
  say("  round  instances  alerts/s      p50      p99  errors  cases  delivered (socket on :A / :B)");
  for (let i = 0; i < ROUNDS * 2; i++) {
    const instances = (i % 2 === 0 ? 1 : 2) as 1 | 2;
    watchers.forEach((w) => w.seen.clear());
    const measured = await load({ instances, key, seconds: DURATION });
    // Deliveries are asynchronous: give the stragglers a moment, then count.
    const complete = () => watchers.every((w) => measured.created.every((id) => w.seen.has(id)));
    for (let wait = 0; wait < 100 && !complete(); wait++) await sleep(50);
    const delivered = watchers.map((w) => measured.created.filter((id) => w.seen.has(id)).length);
    const round = { instances, ...measured, created: measured.created.length, delivered };
    rounds.push(round);
    say(
      `  ${String(i + 1).padStart(5)}  ${String(instances).padStart(9)}  ${round.alertsPerSecond.toFixed(1).padStart(8)}` +
        `  ${`${round.p50} ms`.padStart(7)}  ${`${round.p99} ms`.padStart(7)}  ${String(round.errors).padStart(6)}` +
        `  ${String(round.created).padStart(5)}  ${delivered.join(" / ")}`,
    );
  }

  const of = (n: 1 | 2) => rounds.filter((r) => r.instances === n);
  const summary = (n: 1 | 2) => ({
    rate: median(of(n).map((r) => r.alertsPerSecond)),
    p50: median(of(n).map((r) => r.p50)),
    p99: median(of(n).map((r) => r.p99)),
  });
  const [one, two] = [summary(1), summary(2)];
  const lost = rounds.reduce((n, r) => n + r.delivered.filter((d) => d < r.created).length, 0);
  say("\n  median of the rounds    alerts/s      p50      p99");
  say(`  1 instance              ${one.rate.toFixed(1).padStart(8)}  ${`${one.p50} ms`.padStart(7)}  ${`${one.p99} ms`.padStart(7)}`);
  say(`  2 instances             ${two.rate.toFixed(1).padStart(8)}  ${`${two.p50} ms`.padStart(7)}  ${`${two.p99} ms`.padStart(7)}`);
  say(`  ratio 2-vs-1            ${(two.rate / one.rate).toFixed(2).padStart(8)}  ${(two.p50 / one.p50).toFixed(2).padStart(7)}  ${(two.p99 / one.p99).toFixed(2).padStart(7)}`);
  say(
    lost === 0
      ? "\n  Every case opened reached the officer's socket on both instances."
      : `\n  ✗ In ${lost} round×socket pairs some case:created never arrived (see "delivered").`,
  );
  say(`\n  Reproduce: ${COMMAND}`);
  watchers.forEach((w) => w.socket.close());
};

const finish = async (code: number) => {
  await stopAll();
  await dropDatabase(DATABASE_URL).catch(() => undefined);
  process.exit(code);
};

process.on("SIGINT", () => void finish(130));
process.on("SIGTERM", () => void finish(143));
main().then(
  () => finish(0),
  async (error) => {
    console.error(`✗ ${(error as Error).message}`);
    await finish(1);
  },
);
