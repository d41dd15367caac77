// The queue's reads as SQL, as written before and after the region's scope
// became an array of its consulates' ids (docs/performance.md, "The region's
// search"), one of each in turn on one connection, so that both see the same
// machine: on a shared machine the only fair comparison. Prints figures,
// asserts nothing; also checks that both return the same rows. The search
// is the blind one (lib/cases/search.ts): "hernandez" as a whole word, its
// keyed tokens against cases.search_tokens.
//   npm run bench:fill-cases   # once
//   npx tsx --import ./scripts/server-only-hook.mjs scripts/bench/queue-sql-pairs.ts [--runs 100]
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import pg from "pg";
import { TEST_DATABASE_URL, withDatabaseName } from "@/lib/server/testing/database";
import { BENCH_DATABASE } from "./fill-cases";

const { values: options } = parseArgs({
  options: { runs: { type: "string", default: "100" }, database: { type: "string", default: BENCH_DATABASE } },
});
const RUNS = Number(options.runs);
const WARMUP = 10;

const OPEN = "'NEW', 'ACKNOWLEDGED', 'IN_CONTACT', 'DETENTION_CONFIRMED', 'REFERRED_LEGAL_AID'";
const ENDED = "'NOT_DETAINED', 'RESCINDED', 'CLOSED'";
const ORDER = "c.priority, c.alert_at, c.number";
const JOINED = "cases c JOIN consulates co ON co.id = c.consulate_id";
const CASES = "cases c";
const OLD_REGION = "co.region_id = $1::uuid";
const NEW_REGION = "c.consulate_id = ANY(ARRAY(SELECT id FROM consulates WHERE region_id = $1::uuid))";
const CONSULATE = "c.consulate_id = $1::uuid";
const open = `(c.status IN (${OPEN}))`;
const every = `(c.status IN (${OPEN}) OR c.status IN (${ENDED}))`;
// A search term as lib/cases/search.ts writes it: the term's blind tokens (any kind) against the case's.
const like = "(c.search_tokens && $2::text[])";
const row = (op: string, n: number) => `(c.priority, c.alert_at, c.number) ${op} ($${n}::"CasePriority", $${n + 1}::timestamptz, $${n + 2})`;

// As listCases and the counts of lib/cases/data.ts write them.
const summaries = (rows: string) => `
  SELECT s.summary, (SELECT count(*)::int FROM case_tasks t WHERE t.case_id = page.id AND t.status = 'OPEN' AND t.due_at < now()) AS overdue
  FROM (${rows}) page JOIN case_summaries s ON s.id = page.id ORDER BY page.priority, page.alert_at, page.number`;
const page = (from: string, where: string) => summaries(`SELECT c.id, c.priority, c.alert_at, c.number FROM ${from} WHERE ${where} ORDER BY ${ORDER} LIMIT 51`);
const count = (from: string, where: string) => `SELECT count(*)::int AS n FROM (SELECT 1 FROM ${from} WHERE ${where} LIMIT 10001) m`;
const merged = (inner: string, outer: string) =>
  summaries(`SELECT c.id, c.priority, c.alert_at, c.number FROM consulates co CROSS JOIN LATERAL (
    SELECT c.id, c.priority, c.alert_at, c.number FROM cases c WHERE c.consulate_id = co.id AND ${inner} ORDER BY ${ORDER} LIMIT 51
  ) c WHERE ${outer} ORDER BY ${ORDER} LIMIT 51`);

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

const main = async () => {
  const databaseUrl = withDatabaseName(process.env.BENCH_DATABASE_URL ?? TEST_DATABASE_URL, options.database!);
  // The search term is blinded by the app's own function, with the keys the filler sealed with.
  process.env.DATABASE_URL = databaseUrl;
  process.env.NEXTAUTH_SECRET ??= "bench-nextauth-secret-0123456789abcdefghij";
  process.env.AMPARO_SECRET_KEY ??= "0".repeat(64);
  const { blindSearch } = await import("@/lib/cases/search");
  const { disconnectDb } = await import("@/lib/server/db");
  const [hernandez] = (await blindSearch("hernandez"))!.terms;
  await disconnectDb();
  const client = new pg.Client({ connectionString: databaseUrl, options: "-c jit=off" });
  await client.connect();
  try {
    const one = async (text: string, values: unknown[] = []) => (await client.query(text, values)).rows[0];
    const { lax } = await one("SELECT id AS lax FROM consulates WHERE code = 'LAX'");
    const { region } = await one("SELECT region_id AS region FROM users WHERE email = 'supervisor.oeste@amparo.demo'");
    const { me } = await one("SELECT id AS me FROM users WHERE email = 'oficial.la@amparo.demo'");
    const cursor = (from: string, where: string, value: string, offset: number) =>
      one(`SELECT c.priority::text AS p, c.alert_at AS a, c.number AS n FROM ${from} WHERE ${where} ORDER BY ${ORDER} OFFSET ${offset} LIMIT 1`, [value]);
    const deep = await cursor(CASES, CONSULATE, lax, 4000); // page 21 of all statuses (20 pages of 200)
    const second = await cursor(JOINED, `${OLD_REGION} AND ${open}`, region, 49);
    const d = [lax, deep.p, deep.a, deep.n];
    const s = [region, second.p, second.a, second.n];

    const pairs: [name: string, before: string, after: string, values: unknown[]][] = [
      ["officer: default view, page", page(JOINED, `${CONSULATE} AND ${open}`), page(CASES, `${CONSULATE} AND ${open}`), [lax]],
      ["officer: owner=me, page", page(JOINED, `${CONSULATE} AND ${open} AND c.owner_id = $2::uuid`), page(CASES, `${CONSULATE} AND ${open} AND c.owner_id = $2::uuid`), [lax, me]],
      ["officer: search hernandez, page", page(JOINED, `${CONSULATE} AND ${open} AND ${like}`), page(CASES, `${CONSULATE} AND ${open} AND ${like}`), [lax, hernandez]],
      ["officer: search hernandez, count", count(JOINED, `${CONSULATE} AND ${open} AND ${like}`), count(CASES, `${CONSULATE} AND ${open} AND ${like}`), [lax, hernandez]],
      ["officer: all statuses, count", count(JOINED, `${CONSULATE} AND ${every}`), count(CASES, CONSULATE), [lax]],
      ["officer: all statuses page 21, page", page(JOINED, `${CONSULATE} AND ${every} AND ${row(">", 2)}`), page(CASES, `${CONSULATE} AND ${row(">", 2)}`), d],
      ["officer: all statuses page 21, place", count(JOINED, `${CONSULATE} AND ${every} AND ${row("<", 2)}`), count(CASES, `${CONSULATE} AND ${row("<", 2)}`), d],
      ["supervisor: default view, page", merged(`co.region_id = $1::uuid AND ${open}`, "TRUE"), merged(open, "co.region_id = $1::uuid"), [region]],
      ["supervisor: default view, count", count(JOINED, `${OLD_REGION} AND ${open}`), count(CASES, `${NEW_REGION} AND ${open}`), [region]],
      ["supervisor: next page", merged(`co.region_id = $1::uuid AND ${open} AND ${row(">", 2)}`, "TRUE"), merged(`${open} AND ${row(">", 2)}`, "co.region_id = $1::uuid"), s],
      ["supervisor: search hernandez, page", page(JOINED, `${OLD_REGION} AND ${open} AND ${like}`), page(CASES, `${NEW_REGION} AND ${open} AND ${like}`), [region, hernandez]],
      ["supervisor: search hernandez, count", count(JOINED, `${OLD_REGION} AND ${open} AND ${like}`), count(CASES, `${NEW_REGION} AND ${open} AND ${like}`), [region, hernandez]],
      ["supervisor: hernandez all statuses, page", page(JOINED, `${OLD_REGION} AND ${every} AND ${like}`), page(CASES, `${NEW_REGION} AND ${every} AND ${like}`), [region, hernandez]],
    ];

    console.log(`${options.database}, ${RUNS} runs of each in turn after ${WARMUP}; load ${loadavg()[0].toFixed(1)} at start; times in ms`);
    console.log(`${"query".padEnd(42)} before p50    p95 | after p50    p95 | before/after p50   p95  rows`);
    const num = (n: number) => n.toFixed(1).padStart(7);
    for (const [name, before, after, values] of pairs) {
      const [a, b] = [await client.query(before, values), await client.query(after, values)];
      if (JSON.stringify(a.rows) !== JSON.stringify(b.rows)) throw new Error(`${name}: the two reads differ`);
      // The slowest pair (every status of a common surname, hundreds of ms) runs fewer times.
      const runs = name.includes("all statuses, page") ? Math.min(RUNS, 30) : RUNS;
      const times: [number[], number[]] = [[], []];
      for (let i = 0; i < runs + WARMUP; i++) {
        for (const [k, text] of [before, after].entries()) {
          const started = performance.now();
          await client.query(text, values);
          if (i >= WARMUP) times[k].push(performance.now() - started);
        }
      }
      const [p, q] = times.map((t) => t.sort((x, y) => x - y));
      console.log(
        `${name.padEnd(42)} ${num(percentile(p, 50))} ${num(percentile(p, 95))} | ${num(percentile(q, 50))} ${num(percentile(q, 95))} | ` +
          `${(percentile(p, 50) / percentile(q, 50)).toFixed(1).padStart(8)}× ${(percentile(p, 95) / percentile(q, 95)).toFixed(1).padStart(5)}×  ${a.rowCount}`,
      );
    }
  } finally {
    await client.end();
  }
};

main().catch((error) => {
  console.error(`[bench-queue-sql] ${(error as Error).stack ?? error}`);
  process.exit(1);
});
