// Databases for integration tests on the real PostgreSQL: the shared
// amparo_test, reset once per run, and throwaway ones for tests that need a
// blank slate (migration tests drop and recreate schemas at will).
import { randomBytes } from "node:crypto";
import pg from "pg";
import { migrate } from "@/lib/server/migrate";

export const TEST_DATABASE_URL =
  process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/amparo_test";

export const withDatabaseName = (url: string, name: string): string => {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(name)}`;
  return parsed.toString();
};

const databaseName = (url: string) => decodeURIComponent(new URL(url).pathname.slice(1));

const isConnectionRefused = (error: unknown): boolean => {
  const e = error as { code?: string; errors?: unknown[] } | undefined;
  // Node reports a host with several addresses as an AggregateError.
  return e?.code === "ECONNREFUSED" || (Array.isArray(e?.errors) && e.errors.some(isConnectionRefused));
};

const notAnswering = (url: string) => {
  const { hostname, port } = new URL(url);
  return new Error(
    `PostgreSQL is not answering at ${hostname}:${port || "5432"}. Start it with: ` +
      `pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start — or set TEST_DATABASE_URL.`,
  );
};

// CREATE and DROP DATABASE must run from another database than the one they touch.
const withMaintenanceDb = async <T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> => {
  const client = new pg.Client({ connectionString: withDatabaseName(url, "postgres") });
  try {
    await client.connect();
  } catch (error) {
    throw isConnectionRefused(error) ? notAnswering(url) : error;
  }
  try {
    return await work(client);
  } finally {
    await client.end();
  }
};

const dropWith = async (client: pg.Client, name: string) => {
  // A leftover pool from an earlier run would otherwise block the DROP.
  await client.query(
    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
    [name],
  );
  await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)}`);
};

export const recreateDatabase = (url: string) =>
  withMaintenanceDb(url, async (client) => {
    const name = databaseName(url);
    await dropWith(client, name);
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  });

export const dropDatabase = (url: string) => withMaintenanceDb(url, (client) => dropWith(client, databaseName(url)));

export const resetTestDatabase = async () => {
  await recreateDatabase(TEST_DATABASE_URL);
  await migrate({ databaseUrl: TEST_DATABASE_URL });
};

export type ScratchDatabase = { url: string; drop: () => Promise<void> };

// An empty database (no migrations applied) on the same server as amparo_test.
export const createScratchDatabase = async (prefix = "amparo_mig"): Promise<ScratchDatabase> => {
  const url = withDatabaseName(TEST_DATABASE_URL, `${prefix}_${randomBytes(6).toString("hex")}`);
  await recreateDatabase(url);
  return { url, drop: () => dropDatabase(url) };
};
