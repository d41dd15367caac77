// The migrations also run on the embedded database (PGlite, PostgreSQL 17 in
// WASM) that a fresh clone uses when DATABASE_URL is unset.
import { readdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { afterAll, beforeAll, expect, it } from "vitest";
import { migrate } from "@/lib/server/migrate";

const NAMES = readdirSync(path.resolve("prisma/migrations"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

let pglite: PGlite;
let server: PGLiteSocketServer;
let databaseUrl: string;

beforeAll(async () => {
  // As lib/server/bootstrap.ts starts it: with the contrib extensions the migrations need.
  pglite = await PGlite.create({ extensions: { pg_trgm } });
  server = new PGLiteSocketServer({ db: pglite, host: "127.0.0.1", port: 0, maxConnections: 4 });
  await server.start();
  databaseUrl = `postgresql://postgres@${server.getServerConn()}/postgres?sslmode=disable`;
});

afterAll(async () => {
  await server?.stop();
  await pglite?.close();
});

it("applies the migrations on PGlite, and a second run applies nothing", async () => {
  expect(await migrate({ databaseUrl })).toEqual({ applied: NAMES, alreadyApplied: 0 });
  expect(await migrate({ databaseUrl })).toEqual({ applied: [], alreadyApplied: NAMES.length });

  const { rows } = await pglite.query<{ table_name: string }>(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name",
  );
  expect(rows.map((row) => row.table_name)).toEqual([
    "_prisma_migrations",
    "alert_events",
    "alerts",
    "audit_log",
    "case_contact_attempts",
    "case_contacts",
    "case_counters",
    "case_locations",
    "case_notes",
    "case_offers",
    "case_status_counts",
    "case_tasks",
    "case_timeline",
    "case_transfers",
    "cases",
    "consulate_setting_changes",
    "consulates",
    "data_keys",
    "detention_facilities",
    "duty_shifts",
    "family_messages",
    "hearings",
    "incident_notes",
    "incidents",
    "jobs",
    "jurisdiction_changes",
    "jurisdictions",
    "legal_records",
    "people",
    "person_corrections",
    "push_subscriptions",
    "recovery_codes",
    "regions",
    "relay_keys",
    "reminders",
    "retention_policies",
    "staff_notices",
    "staff_tokens",
    "users",
  ]);

  // The queue's blind search tokens and status counts are kept by triggers, and its search uses the GIN index.
  await pglite.query(`INSERT INTO "regions" ("id", "code", "name") VALUES (gen_random_uuid(), 'R', 'R')`);
  await pglite.query(`INSERT INTO "consulates" ("id", "code", "name", "city", "state", "lat", "lng", "time_zone", "region_id")
    SELECT gen_random_uuid(), 'LAX', 'LA', 'LA', 'CA', 34, -118, 'America/Los_Angeles', "id" FROM "regions"`);
  await pglite.query(`INSERT INTO "people" ("id", "app_user_id", "full_name", "search_tokens") VALUES (gen_random_uuid(), 'u1', 'pv1.x', '{n:one,p:two}')`);
  await pglite.query(`INSERT INTO "cases" ("id", "number", "consulate_id", "person_id", "alert_at", "last_event_at")
    SELECT gen_random_uuid(), 'LAX-2026-000001', co."id", p."id", now(), now() FROM "consulates" co, "people" p`);
  const { rows: found } = await pglite.query<{ number: string }>(`SELECT "number" FROM "cases" WHERE "search_tokens" && '{p:two}'::text[]`);
  expect(found).toEqual([{ number: "LAX-2026-000001" }]);
  await pglite.query(`UPDATE "people" SET "search_tokens" = "merge_search_tokens"("search_tokens", '{n:three}')`);
  const { rows: merged } = await pglite.query<{ tokens: string[] }>(`SELECT "search_tokens" AS "tokens" FROM "cases"`);
  expect(merged[0].tokens.sort()).toEqual(["n:three", "p:two"]);
  const { rows: counts } = await pglite.query<{ n: string }>(`SELECT sum("n")::text AS n FROM "case_status_counts" WHERE "status" = 'NEW'`);
  expect(counts).toEqual([{ n: "1" }]);

  // plpgsql triggers work in the WASM build too.
  await pglite.query(`INSERT INTO "audit_log" ("action") VALUES ('test')`);
  await expect(pglite.query(`DELETE FROM "audit_log"`)).rejects.toThrow(/append-only/);
});
