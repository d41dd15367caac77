// The floors the intake is measured against: bare node:http + pg, no
// framework, no ORM, no signature, no schema. Routing is fixed to one
// consulate (in the app it is an in-memory lookup of about 1 µs). Not a
// product path: benchmarks only.
//   FLOOR_MODE=transaction|function DATABASE_URL=… PORT=3910 RELAY_KEY_ID=… node --import tsx scripts/bench/intake-floor.ts
//
// transaction: the rows a new panic writes (person upsert, open-case lookup,
//   case number, case, alert, event, timeline, location, contacts) in one
//   transaction, one statement per round trip, as straightforward code would.
// function: the same single call of ingest_alert_event the intake makes, so
//   the gap to the intake is what the framework and the checks cost.
import { createServer } from "node:http";
import pg from "pg";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
const port = Number(process.env.PORT ?? 3910);
const relayKeyId = process.env.RELAY_KEY_ID ?? "bench-relay";
const mode = process.env.FLOOR_MODE === "function" ? "function" : "transaction";

type Panic = {
  eventId: string;
  alertId: string;
  occurredAt: string;
  person: { appUserId: string; fullName: string; phone?: string; curp?: string };
  location: { lat: number; lng: number; accuracyM?: number; capturedAt?: string } | null;
  contacts?: { name: string; phone?: string; relationship?: string; notified?: boolean }[];
  message?: string;
};

const consulate = (async () => {
  const { rows } = await pool.query<{ id: string }>("SELECT id FROM consulates WHERE code = 'LAX'");
  return rows[0].id;
})();

const ingestByFunction = async (body: string) => {
  const { rows } = await pool.query<{ applied: { caseId: string; result: string } }>(
    "SELECT ingest_alert_event($1::jsonb, $2, $3, $4::uuid, 'county', '06037') AS applied",
    [body, "0".repeat(64), relayKeyId, await consulate],
  );
  const event = JSON.parse(body) as Panic;
  return { eventId: event.eventId, alertId: event.alertId, caseId: rows[0].applied.caseId, result: rows[0].applied.result };
};

const ingestByTransaction = async (body: string) => {
  const event = JSON.parse(body) as Panic;
  const consulateId = await consulate;
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const person = await client.query<{ id: string }>(
      `INSERT INTO people (id, app_user_id, full_name, phone, curp) VALUES (gen_random_uuid(), $1, $2, $3, $4)
       ON CONFLICT (app_user_id) DO UPDATE SET full_name = EXCLUDED.full_name, updated_at = now() RETURNING id`,
      [event.person.appUserId, event.person.fullName, event.person.phone ?? null, event.person.curp ?? null],
    );
    const personId = person.rows[0].id;
    const open = await client.query(
      `SELECT id FROM cases WHERE person_id = $1 AND status NOT IN ('CLOSED', 'NOT_DETAINED', 'RESCINDED')`,
      [personId],
    );
    let caseId: string = open.rows[0]?.id;
    if (!caseId) {
      const counter = await client.query<{ last_value: number }>(
        `INSERT INTO case_counters (consulate_id, year, last_value) VALUES ($1, 2026, 1)
         ON CONFLICT (consulate_id, year) DO UPDATE SET last_value = case_counters.last_value + 1 RETURNING last_value`,
        [consulateId],
      );
      const number = `LAX-2026-${String(counter.rows[0].last_value % 1_000_000).padStart(6, "0")}`;
      const loc = event.location;
      const created = await client.query<{ id: string }>(
        `INSERT INTO cases (id, number, consulate_id, person_id, message, alert_at, last_event_at, last_lat, last_lng, last_accuracy_m, last_location_at, updated_at)
         VALUES (gen_random_uuid(), $1, $2, $3, $4, now(), now(), $5, $6, $7, $8, now()) RETURNING id`,
        [number, consulateId, personId, event.message ?? null, loc?.lat ?? null, loc?.lng ?? null, loc?.accuracyM ?? null, loc ? (loc.capturedAt ?? event.occurredAt) : null],
      );
      caseId = created.rows[0].id;
    }
    await client.query(`INSERT INTO alerts (id, person_id, case_id, occurred_at) VALUES ($1, $2, $3, $4)`, [
      event.alertId, personId, caseId, event.occurredAt,
    ]);
    await client.query(
      `INSERT INTO alert_events (event_id, alert_id, type, body_sha256, payload, occurred_at, relay_key_id)
       VALUES ($1, $2, 'panic', $3, $4, $5, $6)`,
      [event.eventId, event.alertId, "0".repeat(64), body, event.occurredAt, relayKeyId],
    );
    await client.query(`INSERT INTO case_timeline (case_id, kind, event_id, data) VALUES ($1, 'ALERT_RECEIVED', $2, $3)`, [
      caseId, event.eventId, JSON.stringify({ alertId: event.alertId, message: event.message ?? null }),
    ]);
    if (event.location) {
      await client.query(`INSERT INTO case_locations (case_id, event_id, lat, lng, accuracy_m, captured_at) VALUES ($1, $2, $3, $4, $5, $6)`, [
        caseId, event.eventId, event.location.lat, event.location.lng, event.location.accuracyM ?? null, event.location.capturedAt ?? event.occurredAt,
      ]);
    }
    for (const c of event.contacts ?? []) {
      await client.query(`INSERT INTO case_contacts (case_id, event_id, name, phone, relationship, notified) VALUES ($1, $2, $3, $4, $5, $6)`, [
        caseId, event.eventId, c.name, c.phone ?? null, c.relationship ?? null, c.notified ?? false,
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
