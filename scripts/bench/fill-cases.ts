// Fills a database of its own with a consulate network's worth of history:
// --cases cases (1,000,000 by default), one person each. Personal values are
// stored sealed (docs/privacy.md), and only the app holds the keys: rows are
// drawn and sealed here, with the person's blind-index tokens, and written
// 5,000 at a time (INSERT … SELECT FROM unnest of column arrays) while the
// next batch is sealed, rather than a million Prisma calls.
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
import { randomUUID } from "node:crypto";
import pg from "pg";
import { CONSULATES } from "@/lib/consulates/network";
import { sealLocation } from "@/lib/privacy/intake-seal";
import type { Keyring } from "@/lib/privacy/keyring";
import { keyring } from "@/lib/privacy/keys-data";
import { sealPerson } from "@/lib/privacy/person";
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

const pick = <T>(items: readonly T[]) => items[Math.floor(Math.random() * items.length)];
const fold = (text: string) => text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/ñ/gi, "X");
const STATES = ["JC", "MC", "GT", "MN", "OC", "GR", "PL", "VZ", "CH", "DF", "SL", "ZS"];
const OPEN_STATUSES = ["NEW", "ACKNOWLEDGED", "IN_CONTACT", "DETENTION_CONFIRMED", "REFERRED_LEGAL_AID"] as const;
const OUTCOMES = ["RELEASED", "RELEASED_ON_BOND", "IN_REMOVAL_PROCEEDINGS", "REMOVED", "RELIEF_GRANTED"];
const DAY = 86_400_000;

type Consulate = { id: string; code: string; lat: number; lng: number; base: number; officers: string[] };

/** One generated person, in clear: only sealedPersonColumns below turns it into what is stored. */
type Draw = { fullName: string; birthDate: string; phone: string; curp: string; location: { lat: number; lng: number } };

const drawPerson = (co: Consulate, f: number, o: number): Draw => {
  const [first, last1, last2] = [pick(FIRST_NAMES), pick(SURNAMES), pick(SURNAMES)];
  const born = new Date(Date.UTC(1960, 0, 1) + Math.floor(Math.random() * 16000) * DAY);
  const phone = Math.floor(Math.random() * 1e7);
  const area = Math.floor(Math.random() * 9e5);
  const curp =
    fold(last1.slice(0, 2) + last2.slice(0, 1) + first.slice(0, 1)).toUpperCase() +
    born.toISOString().slice(2, 10).replaceAll("-", "") + (f < 0.5 ? "H" : "M") + STATES[area % 12] +
    "RRZ" + String.fromCharCode(65 + (phone % 26)) + String(phone % 10);
  return {
    fullName: `${first} ${last1} ${last2}`,
    birthDate: born.toISOString().slice(0, 10),
    phone: `+1${201 + (area % 780)}${String(phone).padStart(7, "0")}`,
    curp,
    location: { lat: co.lat + (o - 0.5) * 0.4, lng: co.lng + (f - 0.5) * 0.4 },
  };
};

/**
 * The one place this benchmark touches personal columns: the person sealed as
 * the intake seals it (person.ts), their blind tokens, and the case's last
 * position as a sealed point.
 */
const sealedPersonColumns = (ring: Keyring, draw: Draw) => {
  const person = sealPerson(ring, { ...draw, consularIdNumber: null, aNumber: null });
  return { person, tokens: person.searchTokens.join(" "), lastLocation: sealLocation(ring, { ...draw.location, accuracyM: null }) };
};

// Columns as arrays, one statement per batch (INSERT … SELECT FROM unnest):
// pg-copy-streams is no dependency, and this is as fast for a few thousand rows.
const PEOPLE_SQL = `
INSERT INTO people (id, app_user_id, full_name, birth_date, phone, curp, registered_consulate, search_tokens)
SELECT id, app_user_id, full_name, birth_date, phone, curp, $8, string_to_array(tokens, ' ')
FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
  AS t(id, app_user_id, full_name, birth_date, phone, curp, tokens)`;

// The trigger cases_search_tokens copies each case's tokens from its person.
const CASES_SQL = `
INSERT INTO cases (id, number, consulate_id, person_id, status, priority, press_count, pressed_again, duress, rescinded,
                   last_location, last_location_at, alert_at, last_event_at, closed_at, owner_id,
                   acknowledged_at, contacted_at, outcome, version, created_at, updated_at)
SELECT id, number, $1::uuid, person_id, status::"CaseStatus", priority::"CasePriority", CASE WHEN again THEN 2 ELSE 1 END, again, duress,
       status = 'RESCINDED', last_location, at, at, at + interval '3 minutes',
       CASE WHEN status IN (${OPEN_STATUSES.map((s) => `'${s}'`).join(", ")}) THEN NULL ELSE at + interval '2 days' END,
       owner_id, CASE WHEN status = 'NEW' THEN NULL ELSE at + interval '4 minutes' END,
       CASE WHEN status IN ('NEW', 'ACKNOWLEDGED') THEN NULL ELSE at + interval '25 minutes' END,
       outcome::"CaseOutcome", 1, at, at
FROM unnest($2::uuid[], $3::text[], $4::uuid[], $5::text[], $6::text[], $7::bool[], $8::bool[], $9::text[], $10::timestamptz[], $11::uuid[], $12::text[])
  AS t(id, number, person_id, status, priority, again, duress, last_location, at, owner_id, outcome)`;

type Batch = { people: unknown[][]; cases: unknown[][] };

/** One batch of a consulate's people and cases, sealed in this process, as column arrays. */
const generateBatch = (ring: Keyring, co: Consulate, from: number, size: number, openShare: number, now: number): Batch => {
  const people: unknown[][] = [[], [], [], [], [], [], []];
  const cases: unknown[][] = [[], [], [], [], [], [], [], [], [], [], []];
  for (let n = from; n < from + size; n++) {
    const [s, q, f, t, o] = [Math.random(), Math.random(), Math.random(), Math.random(), Math.random()];
    const open = Math.random() < openShare;
    const at = new Date(open ? now - t * t * 7 * DAY : now - 7 * DAY - t * 1095 * DAY);
    const status = open
      ? s < 0.2 ? "NEW" : s < 0.5 ? "ACKNOWLEDGED" : s < 0.75 ? "IN_CONTACT" : s < 0.9 ? "DETENTION_CONFIRMED" : "REFERRED_LEGAL_AID"
      : s < 0.6 ? "CLOSED" : s < 0.9 ? "NOT_DETAINED" : "RESCINDED";
    const personId = randomUUID();
    const { person, tokens, lastLocation } = sealedPersonColumns(ring, drawPerson(co, f, o));
    [personId, `bench_${co.code}_${n}`, person.fullName, person.birthDate, person.phone, person.curp, tokens].forEach((v, i) => people[i].push(v));
    [
      randomUUID(),
      `${co.code}-${at.getUTCFullYear()}-${String(co.base + n).padStart(6, "0")}`,
      personId,
      status,
      q < 0.03 ? "CRITICAL" : q < 0.63 ? "HIGH" : q < 0.93 ? "NORMAL" : "LOW",
      f < 0.1,
      q < 0.01,
      lastLocation,
      at.toISOString(),
      status === "NEW" ? null : co.officers[Math.floor(o * co.officers.length)],
      status === "CLOSED" ? OUTCOMES[Math.floor(o * 5)] : null,
    ].forEach((v, i) => cases[i].push(v));
  }
  return { people, cases };
};

const BATCH = 5000;

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
    const ring = await keyring();
    // Numbers continue after the seed's own cases (the demo's night goes through the intake).
    const { rows: consulates } = await client.query<Omit<Consulate, "officers">>(`
      SELECT id, code, lat, lng, (SELECT coalesce(max(substr(c.number, 10)::int), 0) FROM cases c WHERE c.consulate_id = co.id) AS base
      FROM consulates co`);
    const byCode = new Map(consulates.map((co) => [co.code, { ...co, officers: officers.get(co.code)! }]));
    const started = performance.now();
    const now = Date.now();
    let done = 0;
    for (const { code, count } of shareOut(cases)) {
      const co = byCode.get(code)!;
      await client.query("BEGIN");
      // PostgreSQL writes one batch while this process seals the next.
      let writing: Promise<unknown> = Promise.resolve();
      for (let from = 1; from <= count; from += BATCH) {
        const batch = generateBatch(ring, co, from, Math.min(BATCH, count - from + 1), openShare, now);
        await writing;
        writing = client.query(PEOPLE_SQL, [...batch.people, code]).then(() => client.query(CASES_SQL, [co.id, ...batch.cases]));
      }
      await writing;
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
  try {
    await fillCases({ databaseUrl, cases: Number(values.cases), openShare: Number(values["open-share"]), log });
  } finally {
    // The keyring was read through Prisma.
    const { disconnectDb } = await import("@/lib/server/db");
    await disconnectDb();
  }
  log(`done in ${((performance.now() - started) / 1000).toFixed(0)} s: ${databaseUrl}`);
};

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
