// The migrations also run on the embedded database (PGlite, PostgreSQL 17 in
// WASM) that a fresh clone uses when DATABASE_URL is unset.
import { readdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
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
  pglite = await PGlite.create();
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
    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
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
    "case_tasks",
    "case_timeline",
    "case_transfers",
    "cases",
    "consulates",
    "detention_facilities",
    "family_messages",
    "hearings",
    "jobs",
    "jurisdictions",
    "legal_records",
    "people",
    "regions",
    "relay_keys",
    "reminders",
    "users",
  ]);

  // plpgsql triggers work in the WASM build too.
  await pglite.query(`INSERT INTO "audit_log" ("action") VALUES ('test')`);
  await expect(pglite.query(`DELETE FROM "audit_log"`)).rejects.toThrow(/append-only/);
});
