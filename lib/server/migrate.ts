// Applies prisma/migrations with plain pg. Prisma's schema engine is a native
// binary that machines without internet cannot fetch, so this runner stands in
// for `prisma migrate deploy` and keeps `_prisma_migrations` exactly as Prisma
// does: on a machine that has the engine, Prisma agrees with what ran here.
import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";

export type MigrateOptions = {
  databaseUrl: string;
  migrationsDir?: string;
  log?: (line: string) => void;
};

export type MigrateResult = { applied: string[]; alreadyApplied: number };

type LocalMigration = { name: string; file: string; sql: string; checksum: string };

type MigrationRow = {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  started_at: Date;
};

// Prisma's own advisory lock key, so this runner and Prisma exclude each other too.
const LOCK_KEY = 72707369;

// Prisma's DDL for its history table, column for column.
const CREATE_HISTORY_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                  VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"            VARCHAR(64) NOT NULL,
    "finished_at"         TIMESTAMPTZ,
    "migration_name"      VARCHAR(255) NOT NULL,
    "logs"                TEXT,
    "rolled_back_at"      TIMESTAMPTZ,
    "started_at"          TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

const sha256 = (data: string | Buffer) => createHash("sha256").update(data).digest("hex");

// Prisma also accepts the script with its line endings flipped, because git
// may check files out with CRLF on Windows; a stricter check would refuse
// migrations that nobody edited.
const matchesChecksum = ({ sql, checksum }: LocalMigration, recorded: string) =>
  checksum === recorded ||
  [sql.replaceAll("\r\n", "\n"), sql.replaceAll("\n", "\r\n")].some((variant) => sha256(variant) === recorded);

// Relative inside the repository, so that the hint can be pasted as is.
const shown = (file: string) => {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith("..") || path.isAbsolute(relative) ? file : relative;
};

const readMigrations = (dir: string): LocalMigration[] => {
  if (!existsSync(dir)) throw new Error(`No migrations directory at ${dir}.`);
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const file = path.join(dir, name, "migration.sql");
      if (!existsSync(file)) {
        throw new Error(
          `Migration ${name} has no migration.sql (${shown(file)}). Add the file or remove the directory.`,
        );
      }
      const bytes = readFileSync(file);
      return { name, file, sql: bytes.toString("utf8"), checksum: sha256(bytes) };
    });
};

// Refuses to go on when the history and the files disagree: applying more
// migrations on top of an unknown state would make it worse.
const checkHistory = (rows: MigrationRow[], local: Map<string, LocalMigration>, dir: string) => {
  const failed = rows.find((row) => !row.finished_at && !row.rolled_back_at);
  if (failed) {
    const name = failed.migration_name;
    throw new Error(
      `Migration ${name} started at ${failed.started_at.toISOString()} but never finished, so no further ` +
        `migrations will be applied. Inspect the database and undo or complete that migration's changes by hand, ` +
        `then mark it rolled back (UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = ` +
        `'${name}' AND finished_at IS NULL) so that it runs again, or use \`prisma migrate resolve\` where ` +
        `Prisma's schema engine is available.`,
    );
  }
  for (const row of rows) {
    if (row.rolled_back_at) continue;
    const name = row.migration_name;
    const migration = local.get(name);
    if (!migration) {
      throw new Error(
        `Migration ${name} is recorded as applied in the database, but ${shown(path.join(dir, name))} ` +
          `is missing. Restore it from version control (an applied migration must never be deleted), ` +
          `or run code that is at least as new as the database.`,
      );
    }
    if (!matchesChecksum(migration, row.checksum)) {
      const file = shown(migration.file);
      throw new Error(
        `Migration ${name} was edited after it was applied: ${file} no longer matches the checksum ` +
          `recorded in _prisma_migrations. Undo the edit (git checkout -- ${file}) and put the change ` +
          `in a new migration.`,
      );
    }
  }
};

const describeSqlError = (error: unknown, sql: string): string => {
  const e = error as { message?: string; position?: string; detail?: string; hint?: string };
  const parts = [e.message ?? String(error)];
  // The script is sent as one query, so the position counts from its first character.
  if (e.position) parts.push(`(line ${sql.slice(0, Number(e.position) - 1).split("\n").length})`);
  if (e.detail) parts.push(`Detail: ${e.detail}`);
  if (e.hint) parts.push(`Hint: ${e.hint}`);
  return parts.join(" ");
};

const describeTarget = (databaseUrl: string) => {
  try {
    const { hostname, port, pathname } = new URL(databaseUrl);
    return `${hostname}:${port || "5432"}${pathname}`;
  } catch {
    return "the configured URL (it does not parse)";
  }
};

// The script and its history row commit together, so a failure leaves neither
// half a migration nor a "failed" row behind.
const applyMigration = async (client: pg.Client, migration: LocalMigration) => {
  await client.query("BEGIN");
  try {
    await client.query(migration.sql);
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
       VALUES ($1, $2, $3, now(), clock_timestamp(), 1)`,
      [randomUUID(), migration.checksum, migration.name],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw new Error(
      `Migration ${migration.name} failed and was rolled back (nothing of it was applied): ` +
        describeSqlError(error, migration.sql),
      { cause: error },
    );
  }
};

/** The names of the migrations in the directory, in the order they apply (the readiness check compares them). */
export const migrationNames = (migrationsDir = path.resolve("prisma/migrations")) =>
  readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();

export const migrate = async ({
  databaseUrl,
  migrationsDir = path.resolve("prisma/migrations"),
  log = () => undefined,
}: MigrateOptions): Promise<MigrateResult> => {
  if (!databaseUrl) throw new Error("No database URL to migrate (set DATABASE_URL).");
  const migrations = readMigrations(migrationsDir);
  const client = new pg.Client({ connectionString: databaseUrl, application_name: "amparo-migrate" });
  await client.connect().catch((error: Error) => {
    throw new Error(`Cannot connect to PostgreSQL at ${describeTarget(databaseUrl)}: ${error.message}`, {
      cause: error,
    });
  });
  try {
    // A second runner waits here, then finds the work done.
    const { rows: [lock] } = await client.query("SELECT pg_try_advisory_lock($1) AS ok", [LOCK_KEY]);
    if (!lock.ok) {
      log("Another migration runner holds the lock; waiting for it to finish");
      await client.query("SELECT pg_advisory_lock($1)", [LOCK_KEY]);
    }
    try {
      await client.query(CREATE_HISTORY_TABLE);
      const { rows } = await client.query<MigrationRow>(
        `SELECT migration_name, checksum, finished_at, rolled_back_at, started_at
         FROM "_prisma_migrations" ORDER BY started_at`,
      );
      checkHistory(rows, new Map(migrations.map((m) => [m.name, m])), migrationsDir);
      const done = new Set(
        rows.filter((row) => row.finished_at && !row.rolled_back_at).map((row) => row.migration_name),
      );
      const pending = migrations.filter((m) => !done.has(m.name));
      for (const migration of pending) {
        log(`Applying migration ${migration.name}`);
        await applyMigration(client, migration);
      }
      return { applied: pending.map((m) => m.name), alreadyApplied: migrations.length - pending.length };
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [LOCK_KEY]).catch(() => undefined);
    }
  } finally {
    await client.end();
  }
};
