// Liveness and readiness (docs/operations.md). Live says the process answers
// and touches nothing. Ready says this instance can do its work: PostgreSQL
// answers, Redis answers when REDIS_URL is set, every migration in
// prisma/migrations is applied, and the process is not shutting down. Each
// check has a short deadline of its own, so a database that hangs (not only
// one that refuses) is a 503 within about two seconds, never a hung probe.
import pg from "pg";
import { env } from "@/lib/env";
import { migrationNames } from "./migrate";
import { getRedis } from "./redis";

export const CHECK_TIMEOUT_MS = 1_500;

export type CheckResult = { ok: true } | { ok: false; error: string };
export type Readiness = { ready: boolean; checks: Record<string, CheckResult> };

const holder = globalThis as unknown as { amparoHealth?: { pool?: pg.Pool; stopping?: boolean; migrationsApplied?: boolean } };
const state = () => (holder.amparoHealth ??= {});

/** From now on readiness answers 503, so that a balancer stops sending work here. */
export const markShuttingDown = () => {
  state().stopping = true;
};

const deadline = async <T>(work: Promise<T>, ms = CHECK_TIMEOUT_MS): Promise<T> => {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)));
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
};

// A pool of its own, of one connection: a probe must not wait behind the
// app's queries for a connection, and a stuck probe must not hold one of theirs.
const healthPool = () =>
  (state().pool ??= new pg.Pool({
    connectionString: env().DATABASE_URL,
    max: 1,
    connectionTimeoutMillis: CHECK_TIMEOUT_MS,
    idleTimeoutMillis: 30_000,
    application_name: "amparo-health",
  }).on("error", () => undefined));

// A connection that failed or hung is thrown away with its pool: the next probe starts clean.
const dropPool = () => {
  const { pool } = state();
  state().pool = undefined;
  void pool?.end().catch(() => undefined);
};

const checkDatabase = async (): Promise<{ applied: Set<string> | null }> => {
  try {
    if (state().migrationsApplied) {
      await deadline(healthPool().query("SELECT 1"));
      return { applied: null };
    }
    const { rows } = await deadline(
      healthPool().query<{ name: string }>(
        `SELECT "migration_name" AS "name" FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL`,
      ),
    );
    return { applied: new Set(rows.map((row) => row.name)) };
  } catch (error) {
    // The database answered, but was never migrated: the migrations check says so.
    if ((error as { code?: string }).code === "42P01") return { applied: new Set() };
    dropPool();
    throw error;
  }
};

const checkRedis = async () => {
  const redis = getRedis();
  if (!redis) return;
  await deadline(redis.ping());
};

// Only what an operator needs to act, never a URL, host or credential.
const describe = (error: unknown) => {
  const e = error as { code?: string; message?: string };
  if (e?.code) return `unavailable (${e.code})`;
  return /within \d+ ms/.test(e?.message ?? "") ? (e.message as string) : "unavailable";
};

export const checkReadiness = async (): Promise<Readiness> => {
  const checks: Record<string, CheckResult> = {};
  const [database, redis] = await Promise.allSettled([checkDatabase(), checkRedis()]);
  checks.database = database.status === "fulfilled" ? { ok: true } : { ok: false, error: describe(database.reason) };
  if (env().REDIS_URL) checks.redis = redis.status === "fulfilled" ? { ok: true } : { ok: false, error: describe(redis.reason) };
  if (database.status === "fulfilled") {
    const applied = database.value.applied;
    const missing = applied ? migrationNames().filter((name) => !applied.has(name)) : [];
    // Applied migrations are never undone: once all are there, later probes only ask for SELECT 1.
    if (applied && missing.length === 0) state().migrationsApplied = true;
    checks.migrations =
      missing.length === 0 ? { ok: true } : { ok: false, error: `not applied (npm run db:migrate): ${missing.join(", ")}` };
  } else {
    checks.migrations = { ok: false, error: "not checked: the database did not answer" };
  }
  if (state().stopping) checks.shutdown = { ok: false, error: "shutting down" };
  return { ready: Object.values(checks).every((check) => check.ok), checks };
};

/** Closes the probe's own connection (shutdown, tests). */
export const closeHealth = async () => {
  const { pool } = state();
  state().pool = undefined;
  await pool?.end().catch(() => undefined);
};
