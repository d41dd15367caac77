// Benchmark of the officer's live map: prints figures, asserts nothing.
//   npm run build && npm run bench:map -- [--cases 50000] [--rate 50] [--duration 30] [--port 3008] [--database amparo_bench_map] [--keep]
//
// 1. A scratch database, --database (recreated, migrated, seeded with
//    the network and the demo accounts; dropped at the end unless --keep),
//    gets --cases open cases with a location, drawn and sealed here (names and
//    positions are stored sealed, docs/privacy.md) and inserted 5,000 a
//    statement.
//    All of them belong to Los Ángeles (LAX), spread over Los Angeles County
//    and weighted to its Mexican neighbourhoods: the officer map shows one
//    consulate, so this is the worst case an officer's map can meet (an
//    administrator has no officer map; /map sends them to /supervision).
// 2. The production build (dist/server.js) starts against it, on --port.
// 3. Headless Chromium (software WebGL), signed in as the LA officer, opens
//    /map --loads times: time to the map's first `idle` with every case on it.
// 4. The simulator sends --rate signed events a second for --duration
//    seconds, all around Los Angeles (so every one reaches this map), while
//    the page records events received vs applied (the backlog), long tasks,
//    and how late a 100 ms timer fires (the main thread's responsiveness).
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { cpus, loadavg } from "node:os";
import { parseArgs } from "node:util";
import { chromium, request, type Page } from "@playwright/test";
import pg from "pg";
import { allTokens, blindPerson } from "@/lib/privacy/blind-index";
import { sealLocation } from "@/lib/privacy/intake-seal";
import type { Keyring } from "@/lib/privacy/keyring";
import { keyring } from "@/lib/privacy/keys-data";
import { dropDatabase, TEST_DATABASE_URL, withDatabaseName } from "@/lib/server/testing/database";
import { BENCH_SMS_ENV, prepareBenchDatabase } from "./support";
import type {} from "@/components/map/map-probe";

const { values: options } = parseArgs({
  options: {
    cases: { type: "string", default: "50000" },
    rate: { type: "string", default: "50" },
    duration: { type: "string", default: "30" },
    port: { type: "string", default: "3008" },
    loads: { type: "string", default: "5" },
    database: { type: "string", default: "amparo_bench_map" },
    keep: { type: "boolean", default: false },
  },
});
const CASES = Number(options.cases);
const PORT = Number(options.port);
const BASE = `http://127.0.0.1:${PORT}`;
const DATABASE_URL = withDatabaseName(process.env.BENCH_DATABASE_URL ?? TEST_DATABASE_URL, options.database!);
const LOS_ANGELES = "34.05,-118.25";

const say = (line: string) => console.log(line);
const ms = (n: number) => `${Math.round(n).toLocaleString("en-US")} ms`;

// Centres of Los Angeles County's Mexican neighbourhoods (lat, lng, spread in degrees), the busy ones repeated to weigh them.
const CENTRES = [
  [34.04, -118.2, 0.03], [34.04, -118.2, 0.03], [34.04, -118.2, 0.03], // Boyle Heights, East LA
  [33.98, -118.25, 0.03], [33.98, -118.25, 0.03], // South LA
  [34.19, -118.45, 0.04], [34.19, -118.45, 0.04], // Van Nuys, San Fernando Valley
  [33.87, -118.2, 0.03], // Compton, Long Beach
  [34.06, -117.75, 0.03], // Pomona
  [34.07, -118.03, 0.03], // El Monte
  [34.69, -118.14, 0.05], // Lancaster, Palmdale
];

type MapCase = { personId: string; n: number; status: string; priority: string; duress: boolean; at: string; lat: number; lng: number };

// Gaussian spread (Box-Muller) around the centres; statuses and priorities in the proportions of a busy day.
const drawCase = (n: number, now: number): MapCase => {
  const [lat, lng, spread] = CENTRES[Math.floor(Math.random() * CENTRES.length)];
  const radius = Math.sqrt(-2 * Math.log(1 - Math.random()));
  const angle = 2 * Math.PI * Math.random();
  const [s, q] = [Math.random(), Math.random()];
  return {
    personId: randomUUID(),
    n,
    status: s < 0.2 ? "NEW" : s < 0.5 ? "ACKNOWLEDGED" : s < 0.75 ? "IN_CONTACT" : s < 0.9 ? "DETENTION_CONFIRMED" : "REFERRED_LEGAL_AID",
    priority: q < 0.03 ? "CRITICAL" : q < 0.6 ? "HIGH" : "NORMAL",
    duress: q < 0.01,
    at: new Date(now - Math.random() * 3 * 86_400_000).toISOString(),
    lat: lat + radius * Math.sin(angle) * spread,
    lng: lng + radius * Math.cos(angle) * spread,
  };
};

/** The one place this benchmark writes personal columns: the name and the last position, sealed as the app seals them. */
const sealedColumns = (ring: Keyring, c: MapCase) => {
  const fullName = `Persona ${c.n}`;
  return { fullName: ring.seal(fullName), searchTokens: allTokens(blindPerson(ring, { fullName })).join(" "), lastLocation: sealLocation(ring, c) };
};

const BATCH = 5000;

const seedCases = async () => {
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  // Personal values are stored sealed (docs/privacy.md): drawn and sealed here, 5,000 rows a statement.
  process.env.DATABASE_URL = DATABASE_URL;
  const ring = await keyring();
  try {
    const started = performance.now();
    const now = Date.now();
    const { rows: [lax] } = await client.query<{ id: string }>("SELECT id FROM consulates WHERE code = 'LAX'");
    await client.query("BEGIN");
    for (let from = 1; from <= CASES; from += BATCH) {
      const draws = Array.from({ length: Math.min(BATCH, CASES - from + 1) }, (_, i) => drawCase(from + i, now));
      const sealed = draws.map((c) => sealedColumns(ring, c));
      await client.query(
        `INSERT INTO people (id, app_user_id, full_name, search_tokens)
         SELECT id, 'bench_' || n, full_name, string_to_array(tokens, ' ') FROM unnest($1::uuid[], $2::int[], $3::text[], $4::text[]) AS t(id, n, full_name, tokens)`,
        [draws.map((c) => c.personId), draws.map((c) => c.n), sealed.map((c) => c.fullName), sealed.map((c) => c.searchTokens)],
      );
      await client.query(
        `INSERT INTO cases (id, number, consulate_id, person_id, status, priority, duress, last_location, last_location_at, alert_at, last_event_at, acknowledged_at)
         SELECT gen_random_uuid(), 'LAX-2000-' || lpad(n::text, 6, '0'), $1::uuid, person_id, status::"CaseStatus", priority::"CasePriority", duress,
                last_location, at, at, at, CASE WHEN status = 'NEW' THEN NULL ELSE at + interval '4 minutes' END
         FROM unnest($2::uuid[], $3::int[], $4::text[], $5::text[], $6::bool[], $7::text[], $8::timestamptz[])
           AS t(person_id, n, status, priority, duress, last_location, at)`,
        [lax.id, draws.map((c) => c.personId), draws.map((c) => c.n), draws.map((c) => c.status), draws.map((c) => c.priority),
          draws.map((c) => c.duress), sealed.map((c) => c.lastLocation), draws.map((c) => c.at)],
      );
    }
    await client.query("COMMIT");
    // A table that has just had 50,000 rows loaded gets autovacuumed and analysed soon after,
    // in the middle of the loads below; a production table is not fresh from a bulk load.
    await client.query("VACUUM ANALYZE people, cases");
    say(`seeded ${CASES.toLocaleString("en-US")} open LAX cases, sealed, in ${ms(performance.now() - started)} (and vacuumed them)`);
  } finally {
    await client.end();
    const { disconnectDb } = await import("@/lib/server/db");
    await disconnectDb();
  }
};

const startServer = async () => {
  const server = spawn("node", ["dist/server.js"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      ...BENCH_SMS_ENV,
      NODE_ENV: "production",
      PORT: String(PORT),
      HOST: "127.0.0.1",
      DATABASE_URL,
      NEXTAUTH_URL: BASE,
      AMPARO_DEMO: "0",
      // The simulator must not be throttled: the point is what the page does with 50 events a second.
      RELAY_RATE_PER_SECOND: "1000",
      RELAY_RATE_BURST: "5000",
    },
  });
  for (let i = 0; i < 120; i++) {
    if (await fetch(`${BASE}/sign-in`).then((r) => r.ok, () => false)) return server;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  server.kill();
  throw new Error(`the server did not answer on ${BASE}: was \`npm run build\` run?`);
};

const signIn = async () => {
  const api = await request.newContext({ baseURL: BASE });
  const { csrfToken } = await (await api.get("/api/auth/csrf")).json();
  await api.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: "oficial.la@amparo.demo", password: "amparo-demo", json: "true" },
  });
  const state = await api.storageState();
  await api.dispose();
  return state;
};

const openMap = async (page: Page) => {
  await page.goto(`${BASE}/map`);
  await page.waitForSelector('[data-map-state="idle"]', { timeout: 120_000 });
  return page.evaluate(() => {
    // The cases are read by the map's worker: its requests are not in the page's resource timings.
    const probe = window.__amparoMap!;
    return {
      idleAt: probe.idleAt!,
      createdAt: probe.createdAt!,
      readyAt: probe.readyAt!,
      casesAt: probe.casesAt!,
      worker: probe.loadTimings!,
      shown: Number(document.querySelector("[data-testid=map-case-count]")?.getAttribute("data-count")),
    };
  });
};

type Bench = { lateness: number[]; longTasks: number[]; samples: number[][] };

// Runs in the page: a 100 ms timer's lateness, long tasks, and the map's event counters each second.
const startMonitor = (page: Page) =>
  page.evaluate(() => {
    const bench: Bench = { lateness: [], longTasks: [], samples: [] };
    (window as unknown as { __bench: Bench }).__bench = bench;
    let expected = performance.now() + 100;
    setInterval(() => {
      const now = performance.now();
      bench.lateness.push(Math.max(0, now - expected));
      expected = now + 100;
    }, 100);
    new PerformanceObserver((list) => list.getEntries().forEach((e) => bench.longTasks.push(e.duration))).observe({ type: "longtask" });
    setInterval(() => {
      const s = window.__amparoMap!.stats!;
      bench.samples.push([s.received, s.applied, s.batches, s.lastBatchMs]);
    }, 1000);
  });

const simulate = () =>
  new Promise<void>((resolve, reject) => {
    const sim: ChildProcess = spawn(
      "npx",
      ["tsx", "--import", "./scripts/server-only-hook.mjs", "scripts/simulate.ts", "--url", BASE, "--rate", options.rate!, "--duration", options.duration!, "--near", LOS_ANGELES, "--quiet"],
      { stdio: ["ignore", "inherit", "inherit"] },
    );
    sim.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`simulator exited with ${code}`))));
  });

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};

const main = async () => {
  say(`database ${new URL(DATABASE_URL).pathname.slice(1)}: recreating, migrating, seeding`);
  await prepareBenchDatabase(DATABASE_URL);
  await seedCases();

  const server = await startServer();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    const storageState = await signIn();
    const api = await request.newContext({ baseURL: BASE, storageState, extraHTTPHeaders: { "Accept-Encoding": "gzip" } });
    for (let i = 1; i <= 3; i++) {
      const started = performance.now();
      const response = await api.get("/api/v1/map/cases");
      const body = await response.body();
      say(`GET /api/v1/map/cases ${i}: ${response.status()} in ${ms(performance.now() - started)}, ${(body.length / 1e6).toFixed(1)} MB (${response.headers()["content-type"]}, ${response.headers()["content-encoding"] ?? "not"} compressed)`);
    }
    // The server's first render of a route loads that route's code: any server that has served
    // the page once has done it. The browser's first visit (no cached scripts) stays load 1.
    await api.get("/map");
    await api.dispose();
    const context = await browser.newContext({ storageState, viewport: { width: 1400, height: 1000 } });
    // The machine may be shared: its load tells how far to trust the figures.
    say(`\n/map as the LA officer, headless Chromium ${browser.version()} (software WebGL), 1400×1000; ${cpus().length} CPUs, load ${loadavg()[0].toFixed(1)}:`);
    let page: Page | undefined;
    const idle: number[] = [];
    for (let i = 1; i <= Number(options.loads); i++) {
      await page?.close();
      page = await context.newPage();
      const load = await openMap(page);
      idle.push(load.idleAt);
      say(
        `  load ${i}${i === 1 ? " (this browser's first visit: no cached scripts)" : ""}: idle ${ms(load.idleAt)} after navigation start, ` +
          `${ms(load.idleAt - load.createdAt)} after the map was created (at ${ms(load.createdAt)}); ${load.shown.toLocaleString("en-US")} cases on the map\n` +
          `          MapLibre loaded (style and basemap drawn) at ${ms(load.readyAt - load.createdAt)}, cases in view at ${ms(load.casesAt - load.createdAt)}; ` +
          `case worker: read ${ms(load.worker.readMs)}, parse ${ms(load.worker.parseMs)}, cluster ${ms(load.worker.indexMs)}`,
      );
    }
    const sorted = [...idle].sort((a, b) => a - b);
    say(
      `  idle after navigation start: median ${ms(sorted[Math.floor((sorted.length - 1) / 2)])}, worst ${ms(sorted.at(-1)!)}; ` +
        `${idle.filter((t) => t < 2_000).length} of ${idle.length} loads under 2 s`,
    );

    say(`\nlive: ${options.rate} events a second for ${options.duration} s around Los Angeles (npm run simulate):`);
    await startMonitor(page!);
    await simulate();
    // The last batches land (a batch waits up to 3 s on a machine with slow frames).
    await page!
      .waitForFunction(() => window.__amparoMap!.stats!.received === window.__amparoMap!.stats!.applied, undefined, { timeout: 15_000 })
      .catch(() => undefined);
    await page!.waitForTimeout(1_000);
    const bench = await page!.evaluate(() => (window as unknown as { __bench: Bench }).__bench);
    const backlog = bench.samples.map(([received, applied]) => received - applied);
    say("  second  received  applied  backlog  last batch");
    bench.samples.forEach(([received, applied, , lastMs], i) => {
      if (i % 5 === 4 || i === bench.samples.length - 1) {
        say(`  ${String(i + 1).padStart(6)}  ${String(received).padStart(8)}  ${String(applied).padStart(7)}  ${String(received - applied).padStart(7)}  ${lastMs.toFixed(1).padStart(7)} ms`);
      }
    });
    const [received, applied, batches] = bench.samples.at(-1)!;
    say(
      `  events received ${received} (${(received / Number(options.duration)).toFixed(1)} a second), applied ${applied}, in ${batches} batches; ` +
        `backlog max ${Math.max(...backlog)}, at the end ${backlog.at(-1)}`,
    );
    say(
      `  100 ms timer lateness: median ${ms(percentile(bench.lateness, 50))}, p95 ${ms(percentile(bench.lateness, 95))}, max ${ms(Math.max(...bench.lateness))}`,
    );
    const longTotal = bench.longTasks.reduce((a, b) => a + b, 0);
    const seconds = bench.samples.length;
    say(
      `  long tasks (>50 ms): ${bench.longTasks.length}, ${ms(longTotal)} in ${seconds} s (${((100 * longTotal) / (seconds * 1000)).toFixed(0)} % of the main thread), ` +
        `longest ${ms(Math.max(0, ...bench.longTasks))}; machine load ${loadavg()[0].toFixed(1)}`,
    );
  } finally {
    await browser.close();
    server.kill("SIGTERM");
    await new Promise((resolve) => server.once("exit", resolve));
    if (!options.keep) await dropDatabase(DATABASE_URL);
  }
};

main().catch((error) => {
  console.error(`[bench-map] ${(error as Error).stack ?? error}`);
  process.exit(1);
});
