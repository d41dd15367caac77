// Fills a database of its own with a consulate network's worth of history:
// --cases cases (1,000,000 by default), one person each, in SQL
// (INSERT … SELECT FROM generate_series, one statement per consulate), so a
// million rows take a minute or two rather than a million Prisma calls.
//   npm run bench:fill-cases -- [--cases 1000000] [--open-share 0.025] [--database amparo_bench_queue]
//
// The database is recreated, migrated and seeded (network and demo accounts)
// first. The shape, chosen to look like a network after a few years and a long
// drill rather than to flatter the indexes:
// - consulates weighted by size (LAX about 14%, then HOU, CHI, DAL, SAN…);
// - --open-share of each consulate's cases open (2.5%: about 3,700 at LAX),
//   their alerts in the last week, most in the last day; the rest ended over
//   three years (closed with an outcome, not detained, rescinded);
// - Spanish names with their accents, US phone numbers, CURPs; owners from
//   six officers per consulate (the LA demo officers among LAX's).
import { parseArgs } from "node:util";
import pg from "pg";
import { CONSULATES } from "@/lib/consulates/network";
import { TEST_DATABASE_URL, withDatabaseName } from "@/lib/server/testing/database";
import { FIRST_NAMES, SURNAMES } from "./names";
import { prepareBenchDatabase } from "./support";

export const BENCH_DATABASE = "amparo_bench_queue";

// Relative sizes (by Mexican-born population served); unlisted consulates weigh 1.
const WEIGHTS: Record<string, number> = {
  LAX: 24, HOU: 10, CHI: 10, DAL: 9, SAN: 7, SBD: 6, SNA: 6, PHX: 6, SAT: 5, SJC: 4, SFO: 4, NYC: 4,
  ATL: 4, DEN: 4, ELP: 4, FAT: 3, SMF: 3, OXR: 3, LAS: 3, SEA: 3, AUS: 3, MCO: 2, MIA: 2, RDU: 2, PDX: 2,
  SLC: 2, TUS: 2, MFE: 2, LRD: 2, IND: 2, PHL: 2, MKE: 2, MSP: 2, OMA: 2, MCI: 2,
};

/** How many cases each consulate gets, summing to `total`. */
export const shareOut = (total: number) => {
  const weights = CONSULATES.map((c) => WEIGHTS[c.code] ?? 1);
  const sum = weights.reduce((a, b) => a + b, 0);
  const counts = weights.map((w) => Math.floor((total * w) / sum));
  counts[0] += total - counts.reduce((a, b) => a + b, 0);
  return CONSULATES.map((c, i) => ({ code: c.code, count: counts[i] }));
};

const sqlArray = (items: readonly string[]) => `(ARRAY[${items.map((s) => `'${s.replaceAll("'", "''")}'`).join(",")}])`;

// One consulate's draws, kept in a temporary table and read by both inserts:
// people first, in a statement of their own, since the trigger that fills a
// case's search key reads its person (migration 20261204000100_queue_scale)
// and a statement does not see its own rows.
const DRAW_SQL = `
CREATE TEMP TABLE draws ON COMMIT DROP AS
WITH draws AS (
  SELECT n, gen_random_uuid() AS person_id, random() < $3 AS open,
         random() AS s, random() AS q, random() AS f, random() AS t, random() AS o,
         floor(random() * 1e7)::int AS phone, floor(random() * 9e5)::int AS area,
         ${sqlArray(FIRST_NAMES)}[1 + floor(random() * ${FIRST_NAMES.length})::int] AS first,
         ${sqlArray(SURNAMES)}[1 + floor(random() * ${SURNAMES.length})::int] AS last1,
         ${sqlArray(SURNAMES)}[1 + floor(random() * ${SURNAMES.length})::int] AS last2,
         date '1960-01-01' + floor(random() * 16000)::int AS born
  FROM generate_series(1, $2::int) n
)
SELECT d.*, CASE WHEN open THEN now() - (t * t) * interval '7 days' ELSE now() - interval '7 days' - t * interval '1095 days' END AS at
FROM draws d`;

const PEOPLE_SQL = `
INSERT INTO people (id, app_user_id, full_name, birth_date, phone, curp, registered_consulate)
  SELECT person_id, 'bench_' || $1 || '_' || n, first || ' ' || last1 || ' ' || last2, born,
         '+1' || (201 + area % 780)::text || lpad(phone::text, 7, '0'),
         upper(left(translate(last1, 'ÁÉÍÓÚÜÑáéíóúüñ', 'AEIOUUXaeiouux'), 2) || left(translate(last2, 'ÁÉÍÓÚÜÑáéíóúüñ', 'AEIOUUXaeiouux'), 1)
               || left(translate(first, 'ÁÉÍÓÚÜÑáéíóúüñ', 'AEIOUUXaeiouux'), 1))
           || to_char(born, 'YYMMDD') || CASE WHEN f < 0.5 THEN 'H' ELSE 'M' END
           || (ARRAY['JC','MC','GT','MN','OC','GR','PL','VZ','CH','DF','SL','ZS'])[1 + (area % 12)]
           || 'RRZ' || chr(65 + (phone % 26)) || (phone % 10)::text,
         $1
  FROM draws`;

const CASES_SQL = `
-- Numbers continue after the seed's own cases (the demo's night goes through the intake).
WITH co AS MATERIALIZED (
  SELECT id, code, lat, lng, (SELECT coalesce(max(substr(c.number, 10)::int), 0) FROM cases c WHERE c.consulate_id = consulates.id) AS base
  FROM consulates WHERE code = $1
)
INSERT INTO cases (id, number, consulate_id, person_id, status, priority, press_count, pressed_again, duress, rescinded,
                   last_lat, last_lng, last_location_at, alert_at, last_event_at, closed_at, owner_id,
                   acknowledged_at, contacted_at, outcome, version, created_at, updated_at)
SELECT gen_random_uuid(), $1 || '-' || to_char(at, 'YYYY') || '-' || lpad((co.base + n)::text, 6, '0'), co.id, person_id, status::"CaseStatus",
       (CASE WHEN q < 0.03 THEN 'CRITICAL' WHEN q < 0.63 THEN 'HIGH' WHEN q < 0.93 THEN 'NORMAL' ELSE 'LOW' END)::"CasePriority",
       CASE WHEN f < 0.1 THEN 2 ELSE 1 END, f < 0.1, q < 0.01, status = 'RESCINDED',
       co.lat + (o - 0.5) * 0.4, co.lng + (f - 0.5) * 0.4, at, at, at + interval '3 minutes',
       CASE WHEN open THEN NULL ELSE at + interval '2 days' END,
       CASE WHEN status = 'NEW' THEN NULL ELSE ($2::uuid[])[1 + floor(o * cardinality($2::uuid[]))::int] END,
       CASE WHEN status = 'NEW' THEN NULL ELSE at + interval '4 minutes' END,
       CASE WHEN status IN ('NEW', 'ACKNOWLEDGED') THEN NULL ELSE at + interval '25 minutes' END,
       (CASE WHEN status = 'CLOSED' THEN (ARRAY['RELEASED','RELEASED_ON_BOND','IN_REMOVAL_PROCEEDINGS','REMOVED','RELIEF_GRANTED'])[1 + floor(o * 5)::int] END)::"CaseOutcome",
       1, at, at
FROM (
  SELECT draws.*, CASE
    WHEN open THEN (CASE WHEN s < 0.2 THEN 'NEW' WHEN s < 0.5 THEN 'ACKNOWLEDGED' WHEN s < 0.75 THEN 'IN_CONTACT'
                         WHEN s < 0.9 THEN 'DETENTION_CONFIRMED' ELSE 'REFERRED_LEGAL_AID' END)
    ELSE (CASE WHEN s < 0.6 THEN 'CLOSED' WHEN s < 0.9 THEN 'NOT_DETAINED' ELSE 'RESCINDED' END)
  END AS status
  FROM draws
) d, co`;

// Six officers per consulate own its cases; at LAX two of them are the demo officers.
const createOfficers = async (client: pg.Client) => {
  await client.query(`
    INSERT INTO users (id, email, name, password_hash, role, consulate_id)
    SELECT gen_random_uuid(), 'bench.' || lower(co.code) || '.' || i || '@amparo.bench', 'Oficial ' || i || ' (' || co.code || ')', 'unusable', 'OFFICER', co.id
    FROM consulates co, generate_series(1, CASE WHEN co.code = 'LAX' THEN 4 ELSE 6 END) i`);
  const { rows } = await client.query<{ code: string; ids: string[] }>(`
    SELECT co.code, array_agg(u.id ORDER BY u.email) AS ids FROM users u JOIN consulates co ON co.id = u.consulate_id
    WHERE u.role = 'OFFICER' GROUP BY co.code`);
  return new Map(rows.map((r) => [r.code, r.ids]));
};

export const fillCases = async ({ databaseUrl, cases, openShare, log }: { databaseUrl: string; cases: number; openShare: number; log: (line: string) => void }) => {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const officers = await createOfficers(client);
    const started = performance.now();
    let done = 0;
    for (const { code, count } of shareOut(cases)) {
      await client.query("BEGIN");
      await client.query(DRAW_SQL.replaceAll("$3", String(openShare)).replaceAll("$2::int", String(count)));
      await client.query(PEOPLE_SQL, [code]);
      await client.query(CASES_SQL, [code, officers.get(code)]);
      await client.query("COMMIT");
      done += count;
      if (code === "LAX" || done === cases) log(`  ${done.toLocaleString("en-US")} cases (${code} ${count.toLocaleString("en-US")}) in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    }
    // The intake's next numbers must not collide with the generated ones.
    await client.query(`
      INSERT INTO case_counters (consulate_id, year, last_value)
      SELECT consulate_id, substr(number, 5, 4)::int, max(substr(number, 10)::int) FROM cases GROUP BY 1, 2
      ON CONFLICT (consulate_id, year) DO UPDATE SET last_value = GREATEST(case_counters.last_value, EXCLUDED.last_value)`);
    // A production table is vacuumed and analysed; a fresh bulk load is neither.
    // Every table, the seeded ones too: with autovacuum off (as on the test
    // server) the 51 consulates would keep no statistics, and a plan that joins
    // them would rest on the planner's guesses (docs/performance.md).
    await client.query("VACUUM ANALYZE");
  } finally {
    await client.end();
  }
};

const main = async () => {
  const { values } = parseArgs({
    options: {
      cases: { type: "string", default: "1000000" },
      "open-share": { type: "string", default: "0.025" },
      database: { type: "string", default: BENCH_DATABASE },
    },
  });
  const databaseUrl = withDatabaseName(process.env.BENCH_DATABASE_URL ?? TEST_DATABASE_URL, values.database!);
  const log = (line: string) => console.log(line);
  const started = performance.now();
  log(`database ${values.database}: recreating, migrating, seeding the network and the demo accounts`);
  await prepareBenchDatabase(databaseUrl);
  log(`filling ${Number(values.cases).toLocaleString("en-US")} cases:`);
  await fillCases({ databaseUrl, cases: Number(values.cases), openShare: Number(values["open-share"]), log });
  log(`done in ${((performance.now() - started) / 1000).toFixed(0)} s: ${databaseUrl}`);
};

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
