// Benchmark of the triage queue at a million cases: prints figures, asserts nothing.
//   npm run bench:fill-cases   # once: amparo_bench_queue, about 3 minutes
//   npm run build && npm run bench:queue [-- --runs 200 --port 3206]
//
// The production build (dist/server.js) serves the filled database; the LA
// officer and the Oeste supervisor (demo accounts) sign in, and each query of
// GET /api/v1/cases runs --runs times after a warm-up, one request at
// a time: p50, p95 and max of the whole request (auth, SQL, JSON, HTTP on
// localhost), as server.ts answers it ahead of Next's router. Beside it:
// - "Next": the same request through Next's route (`via=next`), one of each
//   in turn with the first, so both see the same machine;
// and two in-process figures over the same database:
// - "data": the route's own data calls (page, capped count, status counts),
//   without HTTP and the session: what the database work costs;
// - "old": the read this replaced (500 rows in queue order, an exact count,
//   status counts counted from the cases), on this schema, so its indexes help
//   it too; its search goes through the same blind tokens (the clear
//   search key is gone). The ratio is old / data.
// Searches are whole words (blind indexes, lib/cases/search.ts): the surname,
// the sample's full name, phone and CURP, opened from its sealed columns.
import { spawn } from "node:child_process";
import { cpus, loadavg, totalmem } from "node:os";
import { parseArgs } from "node:util";
import { TEST_DATABASE_URL, withDatabaseName } from "@/lib/server/testing/database";
import { BENCH_DATABASE } from "./fill-cases";
import { BENCH_SMS_ENV, signIn } from "./support";

const { values: options } = parseArgs({
  options: {
    runs: { type: "string", default: "200" },
    warmup: { type: "string", default: "20" },
    // The old read takes up to a second a query: fewer runs keep the whole bench to a few minutes.
    "old-runs": { type: "string", default: "30" },
    port: { type: "string", default: "3206" },
    database: { type: "string", default: BENCH_DATABASE },
  },
});
const RUNS = Number(options.runs);
const WARMUP = Number(options.warmup);
const BASE = `http://127.0.0.1:${options.port}`;
const DATABASE_URL = withDatabaseName(process.env.BENCH_DATABASE_URL ?? TEST_DATABASE_URL, options.database!);
process.env.DATABASE_URL = DATABASE_URL;
process.env.NEXTAUTH_SECRET ??= "bench-nextauth-secret-0123456789abcdefghij";
process.env.AMPARO_SECRET_KEY ??= "0".repeat(64);

const say = (line: string) => console.log(line);

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

type Figures = { p50: number; p95: number; max: number };

const figures = (times: number[]): Figures => {
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), max: times.at(-1)! };
};

/** Two ways to the same answer, one request of each in turn, so both see the same machine. */
const measurePair = async (a: () => Promise<unknown>, b: () => Promise<unknown>): Promise<[Figures, Figures]> => {
  const times: [number[], number[]] = [[], []];
  for (let i = 0; i < RUNS + WARMUP; i++) {
    for (const [k, work] of [a, b].entries()) {
      const started = performance.now();
      await work();
      if (i >= WARMUP) times[k].push(performance.now() - started);
    }
  }
  return [figures(times[0]), figures(times[1])];
};

const measure = async (work: () => Promise<unknown>, runs = RUNS, warmup = WARMUP): Promise<Figures> => {
  for (let i = 0; i < warmup; i++) await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return figures(times);
};

const startServer = async () => {
  const server = spawn("node", ["dist/server.js"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, ...BENCH_SMS_ENV, NODE_ENV: "production", PORT: options.port, HOST: "127.0.0.1", DATABASE_URL, NEXTAUTH_URL: BASE, AMPARO_DEMO: "0" },
  });
  for (let i = 0; i < 120; i++) {
    if (await fetch(`${BASE}/sign-in`).then((r) => r.ok, () => false)) return server;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  server.kill();
  throw new Error(`the server did not answer on ${BASE}: was \`npm run build\` run?`);
};

// A plain HTTP client with the session's cookie, as a browser's fetch sends
// it. (Playwright's request context, used before, crosses a process boundary
// on every request: it added about 3 ms to each figure.)
const getJson = async (cookie: string, path: string) => {
  const response = await fetch(`${BASE}${path}`, { headers: { cookie } });
  if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
  return response.json();
};

const main = async () => {
  const { db, disconnectDb } = await import("@/lib/server/db");
  const { listCases, queueWhere } = await import("@/lib/cases/data");
  const { cursorSchema } = await import("@/lib/cases/cursor");
  const { CASE_STATUSES, DEFAULT_FILTER, PAGE_SIZE } = await import("@/lib/cases/filters");
  const { casesQuerySchema, parseQueueFilter } = await import("@/lib/cases/schema");
  const { readQueue } = await import("@/lib/cases/queue-read");
  const { caseWhereForScope } = await import("@/lib/cases/policy");
  const { caseSummarySelect } = await import("@/lib/cases/summary");
  const { mintScope } = await import("@/lib/server/auth/scope");
  const { getScopeUser } = await import("@/lib/server/auth/users");
  const { withSearch } = await import("@/lib/cases/search");
  const { keyring } = await import("@/lib/privacy/keys-data");
  const { openPerson } = await import("@/lib/privacy/person");
  type Ring = Awaited<ReturnType<typeof keyring>>;

  // The one read of personal columns here: a sample person's sealed name, phone and CURP, opened.
  const searchableSample = async (ring: Ring) => {
    const [row] = await db.$queryRaw<{ full_name: string; phone: string; curp: string; number: string }[]>`
      SELECT p.full_name, p.phone, p.curp, c.number FROM cases c JOIN people p ON p.id = c.person_id JOIN consulates co ON co.id = c.consulate_id
      WHERE co.code = 'LAX' AND c.status = 'IN_CONTACT' ORDER BY c.number LIMIT 1`;
    const person = openPerson(ring, { fullName: row.full_name, phone: row.phone, curp: row.curp });
    return { fullName: person.fullName!, phone: person.phone!, curp: person.curp!, number: row.number };
  };

  const cases = await db.case.count();
  if (cases < 1000) throw new Error(`${options.database} holds ${cases} cases: fill it first (npm run bench:fill-cases).`);
  const scopeOf = async (email: string) => mintScope((await getScopeUser((await db.user.findUniqueOrThrow({ where: { email } })).id))!);
  const officer = await scopeOf("oficial.la@amparo.demo");
  const supervisor = await scopeOf("supervisor.oeste@amparo.demo");

  // Real values to search for: a person with an open LAX case (the officer's view), opened as staff read them.
  const sample = await searchableSample(await keyring());
  const phone = sample.phone.slice(2);
  // Search matches whole words through blind tokens (lib/cases/search.ts): the full name, unaccented, is four of them.
  const unaccented = sample.fullName.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();

  const firstPage = (await listCases(officer, { filter: DEFAULT_FILTER, limit: PAGE_SIZE })).nextCursor!;
  let deep: string | null = null;
  const all = { ...DEFAULT_FILTER, status: "all" as const };
  for (let i = 0, c: string | null = null; i < 20; i++) {
    c = (await listCases(officer, { filter: all, cursor: c ? cursorSchema.parse(c) : null, limit: 200 })).nextCursor;
    deep = c;
  }

  type Query = { name: string; who: "officer" | "supervisor"; query: string };
  const queries: Query[] = [
    { name: "default view (open cases)", who: "officer", query: "" },
    { name: "next page by cursor", who: "officer", query: `cursor=${firstPage}` },
    { name: "filter: mine (owner=me)", who: "officer", query: "owner=me" },
    { name: "filter: status NEW, unassigned", who: "officer", query: "status=NEW&owner=unassigned" },
    { name: "filter: duress", who: "officer", query: "flag=duress" },
    { name: "search: surname (hernandez)", who: "officer", query: "q=hernandez" },
    { name: `search: full name (${unaccented})`, who: "officer", query: `q=${encodeURIComponent(unaccented)}` },
    { name: "search: phone", who: "officer", query: `q=${encodeURIComponent(`(${phone.slice(0, 3)}) ${phone.slice(3, 6)}-${phone.slice(6)}`)}` },
    { name: "search: CURP", who: "officer", query: `q=${sample.curp}` },
    { name: "search: case number", who: "officer", query: `q=${sample.number}` },
    { name: "all statuses (142,000 at LAX)", who: "officer", query: "status=all" },
    { name: "all statuses, page 21 by cursor", who: "officer", query: `status=all&cursor=${deep}` },
    { name: "all statuses, page 20 back (before)", who: "officer", query: `status=all&before=${deep}` },
    { name: "all statuses, page from a case (at)", who: "officer", query: `status=all&at=${deep}` },
    { name: "search all statuses: full name", who: "officer", query: `status=all&q=${encodeURIComponent(unaccented)}` },
    { name: "counts refresh (only=counts)", who: "officer", query: "only=counts" },
    { name: "supervisor: default view (region)", who: "supervisor", query: "" },
    { name: "supervisor: next page", who: "supervisor", query: "cursor=SUPERVISOR_CURSOR" },
    { name: "supervisor: search surname", who: "supervisor", query: "q=hernandez" },
  ];
  const supervisorCursor = (await listCases(supervisor, { filter: DEFAULT_FILTER, limit: PAGE_SIZE })).nextCursor!;

  // The route's read, in process (the one definition both servers answer with), audited as it is.
  const dataCall = (scope: typeof officer, query: string) =>
    readQueue.read({ scope, query: casesQuerySchema.parse(new URLSearchParams(query)), address: "127.0.0.1" });

  // The read this replaced (lib/cases/data.ts before issue 9, part 4).
  const oldCall = async (scope: typeof officer, query: string) => {
    const params = new URLSearchParams(query);
    const filter = parseQueueFilter(params);
    if (!filter.success) throw new Error(query);
    const counts = () => db.case.groupBy({ by: ["status"], where: caseWhereForScope(scope), _count: { _all: true } });
    if (params.get("only") === "counts") return counts();
    // It had no pages: a cursor's page is part of the one read of 500.
    const where = queueWhere(scope, await withSearch(filter.data));
    return Promise.all([
      db.case.findMany({ where, select: caseSummarySelect, orderBy: [{ priority: "asc" }, { alertAt: "asc" }, { number: "asc" }], take: 500 }),
      db.case.count({ where }),
      counts(),
    ]);
  };

  say(`GET /api/v1/cases at ${cases.toLocaleString("en-US")} cases (${options.database}); statuses: ${CASE_STATUSES.length}`);
  const server = await startServer();
  try {
    const apis = { officer: await signIn(BASE, "oficial.la@amparo.demo"), supervisor: await signIn(BASE, "supervisor.oeste@amparo.demo") };
    const [{ version }] = await db.$queryRaw<{ version: string }[]>`SELECT version()`;
    say(
      `machine: ${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, load ${loadavg()[0].toFixed(1)} at start (shared); ` +
        `Node ${process.version}; ${version.split(" on ")[0]}`,
    );
    say(`command: npm run bench:queue -- --runs ${RUNS} --warmup ${WARMUP} --old-runs ${options["old-runs"]} (after npm run bench:fill-cases and npm run build)`);
    say(`HTTP and data: ${RUNS} runs each after ${WARMUP} warm-up runs; old: ${options["old-runs"]} after 3; one at a time; times in ms; rows: returned/total\n`);
    const pad = (text: string, n: number) => text.padEnd(n);
    const num = (n: number) => n.toFixed(1).padStart(6);
    say(`${pad("query", 44)} ${pad("rows", 11)}  HTTP p50    p95    max |  Next p50    p95 |  data p50    p95 |   old p50    p95 | old/data p95`);
    const misses: string[] = [];
    for (const q of queries) {
      const scope = q.who === "officer" ? officer : supervisor;
      const query = q.query.replace("SUPERVISOR_CURSOR", supervisorCursor);
      const body = await getJson(apis[q.who], `/api/v1/cases?${query}`);
      const rows = body.cases ? `${body.cases.length}/${body.total === undefined ? "-" : `${body.total}${body.totalCapped ? "+" : ""}`}` : "counts";
      const [http, next] = await measurePair(
        () => getJson(apis[q.who], `/api/v1/cases?${query}`),
        () => getJson(apis[q.who], `/api/v1/cases?${query}${query ? "&" : ""}via=next`),
      );
      const data = await measure(() => dataCall(scope, query));
      const old = await measure(() => oldCall(scope, query), Number(options["old-runs"]), 3);
      say(
        `${pad(q.name.slice(0, 44), 44)} ${pad(rows, 11)} ${num(http.p50)} ${num(http.p95)} ${num(http.max)} | ${num(next.p50)} ${num(next.p95)} | ` +
          `${num(data.p50)} ${num(data.p95)} | ` +
          `${num(old.p50)} ${num(old.p95)} | ${(old.p95 / data.p95).toFixed(1).padStart(6)}×`,
      );
      if (http.p95 >= 20) misses.push(`${q.name}: HTTP p95 ${http.p95.toFixed(1)} ms (${(http.p95 - 20).toFixed(1)} ms over)`);
    }
    say(`\nload ${loadavg()[0].toFixed(1)} at the end. Target: HTTP p95 < 20 ms. ${misses.length === 0 ? "Every query met it." : `Missed:\n  ${misses.join("\n  ")}`}`);
  } finally {
    server.kill("SIGTERM");
    await new Promise((resolve) => server.once("exit", resolve));
    await disconnectDb();
  }
};

main().catch((error) => {
  console.error(`[bench-queue] ${(error as Error).stack ?? error}`);
  process.exit(1);
});
