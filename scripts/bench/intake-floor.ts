// The floors the intake is measured against: bare node:http + pg, no
// framework, no ORM, no signature, no schema. Routing is fixed to one
// consulate (in the app it is an in-memory lookup of about 1 µs). Not a
// product path: benchmarks only.
//   FLOOR_MODE=transaction|function DATABASE_URL=… AMPARO_SECRET_KEY=… PORT=3910 RELAY_KEY_ID=… \
//     node --import tsx --import ./scripts/server-only-hook.mjs scripts/bench/intake-floor.ts
//
// Both seal the event as the intake does (lib/privacy/intake-seal.ts, with the
// keyring loaded once at start, as the app's is): personal values never reach
// PostgreSQL in clear here either, so the floor does the same cryptography.
// transaction: the rows a new panic writes (person upsert with its blind
//   tokens, open-case lookup, case number, case, alert, event, timeline,
//   location, contacts) in one transaction, one statement per round trip, as
//   straightforward code would.
// function: the same single call of ingest_alert_event the intake makes, so
//   the gap to the intake is what the framework and the checks cost.
import { createServer } from "node:http";
import pg from "pg";
import type { AlertEvent } from "@/lib/alerts/schema";
import { sealIntakeEvent, type SealedIntake } from "@/lib/privacy/intake-seal";
import { keyring } from "@/lib/privacy/keys-data";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
const port = Number(process.env.PORT ?? 3910);
const relayKeyId = process.env.RELAY_KEY_ID ?? "bench-relay";
const mode = process.env.FLOOR_MODE === "function" ? "function" : "transaction";
const COUNTY = "06037";

type Panic = Extract<AlertEvent, { type: "panic" }>;

// The panic as ingest_alert_event receives it (intake-seal.ts): sealed values, the location as one sealed point.
type SealedPanic = {
  person: { appUserId: string; fullName: string; birthDate: string | null; phone: string | null; curp: string | null; consularIdNumber: string | null };
  location: { point: string; capturedAt: string | null } | null;
  contacts: { name: string; phone: string | null; relationship: string | null; notified: boolean }[];
  message: string | null;
  sealed: { message: string | null };
};

const consulate = (async () => {
  const { rows } = await pool.query<{ id: string }>("SELECT id FROM consulates WHERE code = 'LAX'");
  return rows[0].id;
})();
// Loaded once through the app's own module (Prisma, at start only); each request seals in this process.
const ring = keyring();

const seal = async (body: string): Promise<{ event: Panic; sealed: SealedIntake }> => {
  const event = JSON.parse(body) as Panic;
  return { event, sealed: sealIntakeEvent(await ring, event) };
};

const ingestByFunction = async (body: string) => {
  const { event, sealed } = await seal(body);
  const { rows } = await pool.query<{ applied: { caseId: string; result: string } }>(
    "SELECT ingest_alert_event($1::jsonb, $2, $3, $4::uuid, 'county', $5, $6, $7::text[]) AS applied",
    [JSON.stringify(sealed.event), "0".repeat(64), relayKeyId, await consulate, COUNTY, sealed.payload, sealed.searchTokens],
  );
  return { eventId: event.eventId, alertId: event.alertId, caseId: rows[0].applied.caseId, result: rows[0].applied.result };
};

const ingestByTransaction = async (body: string) => {
  const { event, sealed } = await seal(body);
  const e = sealed.event as unknown as SealedPanic;
  const consulateId = await consulate;
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const person = await client.query<{ id: string }>(
      `INSERT INTO people (id, app_user_id, full_name, birth_date, phone, curp, consular_id_number, search_tokens, updated_at)
       VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6, $7, now())
       ON CONFLICT (app_user_id) DO UPDATE SET full_name = EXCLUDED.full_name, search_tokens = EXCLUDED.search_tokens, updated_at = now() RETURNING id`,
      [e.person.appUserId, e.person.fullName, e.person.birthDate, e.person.phone, e.person.curp, e.person.consularIdNumber, sealed.searchTokens ?? []],
    );
    const personId = person.rows[0].id;
    const open = await client.query(
      `SELECT id FROM cases WHERE person_id = $1 AND status NOT IN ('CLOSED', 'NOT_DETAINED', 'RESCINDED')`,
      [personId],
    );
    const capturedAt = e.location ? (e.location.capturedAt ?? event.occurredAt) : null;
    let caseId: string = open.rows[0]?.id;
    if (!caseId) {
      const counter = await client.query<{ last_value: number }>(
        `INSERT INTO case_counters (consulate_id, year, last_value) VALUES ($1, 2026, 1)
         ON CONFLICT (consulate_id, year) DO UPDATE SET last_value = case_counters.last_value + 1 RETURNING last_value`,
        [consulateId],
      );
      const number = `LAX-2026-${String(counter.rows[0].last_value % 1_000_000).padStart(6, "0")}`;
      const created = await client.query<{ id: string }>(
        `INSERT INTO cases (id, number, consulate_id, person_id, message, county_fips, alert_at, last_event_at, last_location, last_location_at, updated_at)
         VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, now(), now(), $6, $7, now()) RETURNING id`,
        [number, consulateId, personId, e.message, COUNTY, e.location?.point ?? null, capturedAt],
      );
      caseId = created.rows[0].id;
    }
    await client.query(`INSERT INTO alerts (id, person_id, case_id, occurred_at) VALUES ($1, $2, $3, $4)`, [
      event.alertId, personId, caseId, event.occurredAt,
    ]);
    await client.query(
      `INSERT INTO alert_events (event_id, alert_id, type, body_sha256, payload, occurred_at, relay_key_id)
       VALUES ($1, $2, 'panic', $3, jsonb_build_object('sealed', $4::text), $5, $6)`,
      [event.eventId, event.alertId, "0".repeat(64), sealed.payload, event.occurredAt, relayKeyId],
    );
    await client.query(`INSERT INTO case_timeline (case_id, kind, event_id, data) VALUES ($1, 'ALERT_RECEIVED', $2, $3)`, [
      caseId, event.eventId, JSON.stringify({ alertId: event.alertId, sealed: e.sealed.message, routing: "county", countyFips: COUNTY }),
    ]);
    if (e.location) {
      await client.query(`INSERT INTO case_locations (case_id, event_id, point, captured_at) VALUES ($1, $2, $3, $4)`, [
        caseId, event.eventId, e.location.point, capturedAt,
      ]);
    }
    for (const c of e.contacts) {
      await client.query(`INSERT INTO case_contacts (case_id, event_id, name, phone, relationship, notified) VALUES ($1, $2, $3, $4, $5, $6)`, [
        caseId, event.eventId, c.name, c.phone, c.relationship, c.notified,
      ]);
    }
    await client.query("COMMIT");
    return { eventId: event.eventId, alertId: event.alertId, caseId, result: "created" };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
};

createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (chunk: Buffer) => chunks.push(chunk));
  req.on("end", () => {
    const body = Buffer.concat(chunks).toString("utf8");
    (mode === "function" ? ingestByFunction(body) : ingestByTransaction(body)).then(
      (result) => {
        res.writeHead(202, { "content-type": "application/json" });
        res.end(JSON.stringify(result));
      },
      (error: Error) => {
        res.writeHead(503, { "content-type": "application/json" });
        res.end(JSON.stringify({ error: "unavailable", detail: error.message }));
      },
    );
  });
}).listen(port, "127.0.0.1", () => console.log(`[floor:${mode}] ready on http://127.0.0.1:${port}`));
