// The migration runner and the rules the integrity migration adds, each test on
// its own scratch database so that none of them touches amparo_test.
import { createHash } from "node:crypto";
import {
  appendFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { migrate } from "@/lib/server/migrate";
import { createScratchDatabase, type ScratchDatabase } from "@/lib/server/testing/database";

const MIGRATIONS_DIR = path.resolve("prisma/migrations");
const NAMES = readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

let scratch: ScratchDatabase;
let tempDirs: string[] = [];

beforeEach(async () => {
  scratch = await createScratchDatabase();
});

afterEach(async () => {
  await scratch.drop();
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  tempDirs = [];
});

const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), "amparo-migrations-"));
  tempDirs.push(dir);
  return dir;
};

const copyOfMigrations = () => {
  const dir = tempDir();
  cpSync(MIGRATIONS_DIR, dir, { recursive: true });
  return dir;
};

const query = async <T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> => {
  const client = new pg.Client({ connectionString: scratch.url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
};

const historyRows = () =>
  query<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number }>(
    'SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name',
  );

const publicTables = async () =>
  (
    await query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
    )
  ).map((row) => row.table_name);

describe("migrate", () => {
  it("applies every migration once, records it as Prisma does, and a second run is a no-op", async () => {
    expect(NAMES.length).toBeGreaterThanOrEqual(2);

    const first = await migrate({ databaseUrl: scratch.url });
    expect(first).toEqual({ applied: NAMES, alreadyApplied: 0 });

    const rows = await historyRows();
    expect(rows.map((row) => row.migration_name)).toEqual(NAMES);
    for (const row of rows) {
      const file = readFileSync(path.join(MIGRATIONS_DIR, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(file).digest("hex"));
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.applied_steps_count).toBe(1);
    }

    const second = await migrate({ databaseUrl: scratch.url });
    expect(second).toEqual({ applied: [], alreadyApplied: NAMES.length });
    expect(await historyRows()).toEqual(rows);
  });

  it("lets two runners race on a fresh database: each migration is applied exactly once", async () => {
    const [a, b] = await Promise.all([
      migrate({ databaseUrl: scratch.url }),
      migrate({ databaseUrl: scratch.url }),
    ]);

    expect([...a.applied, ...b.applied].sort()).toEqual(NAMES);
    expect([a.alreadyApplied + a.applied.length, b.alreadyApplied + b.applied.length]).toEqual([
      NAMES.length,
      NAMES.length,
    ]);
    expect((await historyRows()).map((row) => row.migration_name)).toEqual(NAMES);
  });

  it("refuses to run when an applied migration was edited, naming it", async () => {
    const dir = copyOfMigrations();
    await migrate({ databaseUrl: scratch.url, migrationsDir: dir });
    appendFileSync(path.join(dir, NAMES[0], "migration.sql"), "\n-- an afterthought\n");

    await expect(migrate({ databaseUrl: scratch.url, migrationsDir: dir })).rejects.toThrow(
      new RegExp(`Migration ${NAMES[0]} was edited after it was applied`),
    );
  });

  it("accepts an applied migration checked out with CRLF line endings", async () => {
    const dir = copyOfMigrations();
    await migrate({ databaseUrl: scratch.url, migrationsDir: dir });
    const file = path.join(dir, NAMES[0], "migration.sql");
    writeFileSync(file, readFileSync(file, "utf8").replaceAll("\n", "\r\n"));

    expect(await migrate({ databaseUrl: scratch.url, migrationsDir: dir })).toEqual({
      applied: [],
      alreadyApplied: NAMES.length,
    });
  });

  it("refuses to run when an applied migration's directory is missing, naming it", async () => {
    const dir = copyOfMigrations();
    await migrate({ databaseUrl: scratch.url, migrationsDir: dir });
    const missing = NAMES[NAMES.length - 1];
    rmSync(path.join(dir, missing), { recursive: true });

    await expect(migrate({ databaseUrl: scratch.url, migrationsDir: dir })).rejects.toThrow(
      new RegExp(`Migration ${missing} is recorded as applied.*is missing`),
    );
  });

  it("refuses to run past a migration recorded as failed", async () => {
    await migrate({ databaseUrl: scratch.url });
    const failed = NAMES[NAMES.length - 1];
    await query('UPDATE "_prisma_migrations" SET finished_at = NULL WHERE migration_name = $1', [failed]);

    await expect(migrate({ databaseUrl: scratch.url })).rejects.toThrow(
      new RegExp(`Migration ${failed} started at .* but never finished`),
    );
  });

  it("rolls a failing migration back entirely and names it and the SQL error", async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, "20990101000000_broken"));
    writeFileSync(
      path.join(dir, "20990101000000_broken", "migration.sql"),
      'CREATE TABLE "half_done" ("id" INTEGER);\n\nCREATE TABLE "broken" ("id" NO_SUCH_TYPE);\n',
    );

    const attempt = () => migrate({ databaseUrl: scratch.url, migrationsDir: dir });
    await expect(attempt()).rejects.toThrow(
      /Migration 20990101000000_broken failed and was rolled back.*type "no_such_type" does not exist \(line 3\)/,
    );
    expect(await publicTables()).toEqual(["_prisma_migrations"]);
    expect(await historyRows()).toEqual([]);
    // Nothing was recorded, so the next run tries again instead of reporting a failed migration.
    await expect(attempt()).rejects.toThrow(/failed and was rolled back/);
  });
});

describe("integrity migration", () => {
  beforeEach(async () => {
    await migrate({ databaseUrl: scratch.url });
  });

  it("makes the event, timeline, audit, note and contact-log tables append-only, and transfers undeletable", async () => {
    const [row] = await query<{ id: string }>(`INSERT INTO "audit_log" ("action") VALUES ('test') RETURNING "id"`);

    await expect(query(`UPDATE "audit_log" SET "action" = 'rewritten' WHERE "id" = $1`, [row.id])).rejects.toThrow(
      /Table "audit_log" is append-only: UPDATE is not allowed/,
    );
    await expect(query(`DELETE FROM "audit_log" WHERE "id" = $1`, [row.id])).rejects.toThrow(
      /Table "audit_log" is append-only: DELETE is not allowed/,
    );
    expect(await query(`SELECT "action" FROM "audit_log"`)).toEqual([{ action: "test" }]);

    const triggers = await query<{ table: string }>(
      `SELECT tgrelid::regclass::text AS "table" FROM pg_trigger
       WHERE tgfoid = '"refuse_append_only_change"'::regproc ORDER BY 1`,
    );
    expect(triggers.map((t) => t.table)).toEqual([
      "alert_events",
      "audit_log",
      "case_contact_attempts",
      "case_notes",
      "case_timeline",
      "case_transfers",
      "incident_notes",
      "person_corrections",
    ]);
  });

  const seedPerson = async () => {
    const [region] = await query<{ id: string }>(
      `INSERT INTO "regions" ("id", "code", "name") VALUES (gen_random_uuid(), 'WEST', 'West') RETURNING "id"`,
    );
    const [consulate] = await query<{ id: string }>(
      `INSERT INTO "consulates" ("id", "code", "name", "city", "state", "lat", "lng", "time_zone", "region_id")
       VALUES (gen_random_uuid(), 'LAX', 'Los Ángeles', 'Los Angeles', 'CA', 34.05, -118.24, 'America/Los_Angeles', $1)
       RETURNING "id"`,
      [region.id],
    );
    const [person] = await query<{ id: string }>(
      `INSERT INTO "people" ("id", "app_user_id", "full_name") VALUES (gen_random_uuid(), 'app-1', 'Ana Pérez')
       RETURNING "id"`,
    );
    return { consulateId: consulate.id, personId: person.id };
  };

  // `more` sets extra numeric columns, e.g. { last_lat: 91 }.
  const insertCase = (ids: { consulateId: string; personId: string }, number: string, more = {}) => {
    const columns = ["number", "consulate_id", "person_id", ...Object.keys(more)];
    const values = [number, ids.consulateId, ids.personId, ...Object.values(more)];
    return query<{ id: string }>(
      `INSERT INTO "cases" ("id", "alert_at", "last_event_at", ${columns.map((c) => `"${c}"`).join(", ")})
       VALUES (gen_random_uuid(), now(), now(), ${values.map((_, i) => `$${i + 1}`).join(", ")}) RETURNING "id"`,
      values,
    );
  };

  it("allows one open case per person, and a new one once the case has ended", async () => {
    const ids = await seedPerson();
    const [first] = await insertCase(ids, "LAX-2026-000001");

    await expect(insertCase(ids, "LAX-2026-000002")).rejects.toThrow(/cases_one_open_per_person/);

    await query(`UPDATE "cases" SET "status" = 'CLOSED', "outcome" = 'RELEASED' WHERE "id" = $1`, [first.id]);
    await expect(insertCase(ids, "LAX-2026-000002")).resolves.toHaveLength(1);
  });

  // Coordinates are sealed since migration 20261227000100 (the intake's schema checks their range before sealing).
  it("refuses malformed case numbers and counters below 1", async () => {
    const ids = await seedPerson();

    await expect(insertCase(ids, "LAX-26-1")).rejects.toThrow(/cases_number_check/);
    await expect(insertCase(ids, "LAX-2026-000001", { version: 0 })).rejects.toThrow(/cases_version_check/);
    await expect(insertCase(ids, "LAX-2026-000001", { press_count: 0 })).rejects.toThrow(/cases_press_count_check/);
    await expect(insertCase(ids, "LAX-2026-000001")).resolves.toHaveLength(1);
  });

  it("keeps A-numbers canonical and unique, one pending transfer per case, and transfers undeletable", async () => {
    const ids = await seedPerson();
    // The A-number is sealed: one person per A-number through its blind index.
    const setIndex = (value: string, personId: string) => query(`UPDATE "people" SET "a_number_bidx" = $1 WHERE "id" = $2`, [value, personId]);
    await expect(setIndex("a:same", ids.personId)).resolves.toEqual([]);
    const [second] = await query<{ id: string }>(`INSERT INTO "people" ("id", "app_user_id") VALUES (gen_random_uuid(), 'app-2') RETURNING "id"`);
    await expect(setIndex("a:same", second.id)).rejects.toThrow(/people_a_number_bidx_key/);

    const [open] = await insertCase(ids, "LAX-2026-000001");
    const [other] = await query<{ id: string }>(
      `INSERT INTO "consulates" ("id", "code", "name", "city", "state", "lat", "lng", "time_zone", "region_id")
       SELECT gen_random_uuid(), 'SBD', 'San Bernardino', 'San Bernardino', 'CA', 34.1, -117.3, 'America/Los_Angeles', "region_id"
       FROM "consulates" WHERE "code" = 'LAX' RETURNING "id"`,
    );
    const transfer = (to: string) =>
      query<{ id: string }>(
        `INSERT INTO "case_transfers" ("id", "case_id", "from_consulate_id", "to_consulate_id", "reason", "requested_by_id")
         VALUES (gen_random_uuid(), $1, $2, $3, 'moved', gen_random_uuid()) RETURNING "id"`,
        [open.id, ids.consulateId, to],
      );
    await expect(transfer(ids.consulateId)).rejects.toThrow(/case_transfers_other_consulate_check/);
    const [first] = await transfer(other.id);
    await expect(transfer(other.id)).rejects.toThrow(/case_transfers_one_pending_per_case/);
    await expect(query(`UPDATE "case_transfers" SET "status" = 'DECLINED' WHERE "id" = $1`, [first.id])).rejects.toThrow(
      /case_transfers_decided_check/,
    );
    await query(`UPDATE "case_transfers" SET "status" = 'DECLINED', "decided_at" = now() WHERE "id" = $1`, [first.id]);
    await expect(transfer(other.id)).resolves.toHaveLength(1);
    await expect(query(`DELETE FROM "case_transfers" WHERE "id" = $1`, [first.id])).rejects.toThrow(/append-only/);
  });
});
