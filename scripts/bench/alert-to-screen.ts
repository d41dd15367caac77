// Benchmark: alert to screen. A signed-in LA officer's socket is connected to
// the production build; the relay sends new panics at a steady rate; each
// case's time from the POST leaving to its `case:created` reaching the
// officer's socket is measured. Prints figures; asserts nothing.
//   npm run build && npm run bench:alert-to-screen -- [--rate 100] [--duration 10]
//
// The same run also times each POST's own answer (the 202), the floor any
// delivery sits on: the ratio says what the push adds to it.
import { parseArgs } from "node:util";
import { cpus } from "node:os";
import { Agent, request } from "node:http";
import { io as connect } from "socket.io-client";
import type { CaseSummary } from "@/lib/cases/events";
import { dropDatabase, TEST_DATABASE_URL, withDatabaseName } from "@/lib/server/testing/database";
import {
  benchPanicBody, benchServerEnv, DEMO_KEY, percentile, prepareBenchDatabase, signedHeaders, signIn, startProcess, stopProcess, waitFor,
} from "./support";

const { values: options } = parseArgs({
  options: {
    rate: { type: "string", default: "100" },
    duration: { type: "string", default: "10" },
    port: { type: "string", default: "3904" },
    // Two runs on one machine (two checkouts) keep out of each other's database.
    database: { type: "string", default: "amparo_bench_screen" },
    keep: { type: "boolean", default: false },
    // With Socket.IO's Redis adapter on, as every instance of a fleet runs.
    redis: { type: "string" },
  },
});
const RATE = Number(options.rate);
const DURATION = Number(options.duration);
const BASE = `http://127.0.0.1:${options.port}`;
const DATABASE_URL = withDatabaseName(process.env.BENCH_DATABASE_URL ?? TEST_DATABASE_URL, options.database!);
const COMMAND = `npm run bench:alert-to-screen -- --rate ${RATE} --duration ${DURATION}${options.redis ? ` --redis ${options.redis}` : ""}`;

const fmt = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : "–");

const agent = new Agent({ keepAlive: true, maxSockets: 64 });

/** POSTs one alert on a kept-alive connection; resolves with the status. */
const post = (body: string) =>
  new Promise<number>((resolve, reject) => {
    const req = request(`${BASE}/api/v1/alerts`, { method: "POST", agent, headers: signedHeaders(DEMO_KEY, body) }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    req.on("error", reject);
    req.end(body);
  });

const sendAlerts = async (onSent: (name: string, at: number) => void) => {
  const answers: number[] = [];
  const failures: number[] = [];
  const total = RATE * DURATION;
  const started = performance.now();
  const inFlight: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    // Paced on the clock, not on answers: a slow answer must not slow the rate.
    const due = started + (i * 1000) / RATE;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const name = `Bench ${i}`;
    const body = benchPanicBody(name);
    const sentAt = performance.now();
    onSent(name, sentAt);
    inFlight.push(
      post(body).then(
        (status) => void (status === 202 ? answers.push(performance.now() - sentAt) : failures.push(status)),
        () => void failures.push(0),
      ),
    );
  }
  await Promise.all(inFlight);
  return { answers, failures, sent: total };
};

const main = async () => {
  await prepareBenchDatabase(DATABASE_URL);
  const redis: Record<string, string> = options.redis ? { REDIS_URL: options.redis, REDIS_PREFIX: `amparo-bench-${process.pid}` } : {};
  const server = startProcess("node", ["dist/server.js"], { ...benchServerEnv(DATABASE_URL, options.port!), ...redis });
  try {
    await waitFor(`${BASE}/sign-in`, "the app (was `npm run build` run?)");
    const cookie = await signIn(BASE, "oficial.la@amparo.demo");
    const socket = connect(BASE, { transports: ["websocket"], extraHeaders: { cookie }, reconnection: false });
    await new Promise<void>((resolve, reject) => {
      socket.once("connect", resolve);
      socket.once("connect_error", reject);
    });
    const sentAt = new Map<string, number>();
    const delays: number[] = [];
    socket.on("case:created", (summary: CaseSummary) => {
      const at = summary.personName === null ? undefined : sentAt.get(summary.personName);
      if (at !== undefined) delays.push(performance.now() - at);
    });
    console.log(`warming up (1 s)…`);
    for (let i = 0; i < 20; i++) await post(benchPanicBody("Warm-up"));
    console.log(`sending ${RATE} alerts/s for ${DURATION} s…`);
    const { answers, failures, sent } = await sendAlerts((name, at) => sentAt.set(name, at));
    // Give the last pushes their chance to arrive before counting what did not.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    socket.close();
    agent.destroy();

    const screen = [...delays].sort((a, b) => a - b);
    const answer = [...answers].sort((a, b) => a - b);
    const via = options.redis ? ", Socket.IO's Redis adapter on" : "";
    console.log(`\nmachine: ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}; ${RATE} alerts/s for ${DURATION} s, one LA officer's socket${via}`);
    console.log(`| from the POST leaving to… | p50 | p95 | p99 | max | count |`);
    console.log(`| --- | --- | --- | --- | --- | --- |`);
    console.log(`| its 202 (the floor) | ${fmt(percentile(answer, 50))} ms | ${fmt(percentile(answer, 95))} ms | ${fmt(percentile(answer, 99))} ms | ${fmt(answer.at(-1)!)} ms | ${answer.length} |`);
    console.log(`| case:created at the officer | ${fmt(percentile(screen, 50))} ms | ${fmt(percentile(screen, 95))} ms | ${fmt(percentile(screen, 99))} ms | ${fmt(screen.at(-1)!)} ms | ${screen.length} |`);
    console.log(`\nscreen / 202 at p50: ${(percentile(screen, 50) / percentile(answer, 50)).toFixed(2)}×; at p99: ${(percentile(screen, 99) / percentile(answer, 99)).toFixed(2)}×  (targets: p50 < 10 ms, p99 < 50 ms)`);
    console.log(`sent ${sent}, accepted ${answer.length}, failed ${failures.length}, reached the officer ${screen.length}, never reached ${sent - screen.length}`);
    console.log(`reproduce: ${COMMAND}`);
  } finally {
    await stopProcess(server);
    if (!options.keep) await dropDatabase(DATABASE_URL);
  }
};

main().catch((error) => {
  console.error(`[bench:alert-to-screen] ${(error as Error).stack ?? error}`);
  process.exit(1);
});
