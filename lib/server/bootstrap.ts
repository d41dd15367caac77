// Prepares process.env before anything reads lib/env.ts: loads .env, starts
// the embedded PostgreSQL when no DATABASE_URL is set, and in development
// generates secrets once and keeps them in the git-ignored data folder.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { log } from "./log";

export const dataDir = () => path.resolve(process.env.AMPARO_DATA_DIR ?? ".data");

type Prepared = { embedded: boolean; stop: () => Promise<void> };

// `npm run demo` builds the app while server.ts prepares the database; server.ts waits for the build before starting Next.
let buildDone: Promise<void> = Promise.resolve();
export const startNextAfter = (build: Promise<void>) => {
  buildDone = build;
};
export const nextBuildDone = () => buildDone;

const ensureDevSecrets = () => {
  if (process.env.NEXTAUTH_SECRET && process.env.AMPARO_SECRET_KEY) return;
  if (process.env.NODE_ENV === "production") return; // lib/env.ts reports what is missing
  const file = path.join(dataDir(), "dev-secrets.json");
  let secrets: Record<string, string> = {};
  if (existsSync(file)) secrets = JSON.parse(readFileSync(file, "utf8"));
  secrets.NEXTAUTH_SECRET ??= randomBytes(32).toString("base64url");
  secrets.AMPARO_SECRET_KEY ??= randomBytes(32).toString("hex");
  mkdirSync(dataDir(), { recursive: true });
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  process.env.NEXTAUTH_SECRET ??= secrets.NEXTAUTH_SECRET;
  process.env.AMPARO_SECRET_KEY ??= secrets.AMPARO_SECRET_KEY;
};

const startEmbedded = async (): Promise<Prepared> => {
  const { PGlite } = await import("@electric-sql/pglite");
  const { PGLiteSocketServer } = await import("@electric-sql/pglite-socket");
  // The queue's search indexes need pg_trgm (migration 20261204000100_queue_scale).
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  const dir = path.join(dataDir(), "pglite");
  mkdirSync(dir, { recursive: true });
  const pg = await PGlite.create(dir, { extensions: { pg_trgm } });
  // PGlite has one session for every socket: two pooled connections would
  // interleave their unnamed prepared statements and break each other. One
  // connection serialises the app's queries, as PGlite itself does anyway.
  const pool = 1;
  process.env.DATABASE_POOL_SIZE = String(pool);
  // The pool, plus room for the migration runner and the seed's own clients.
  const server = new PGLiteSocketServer({ db: pg, host: "127.0.0.1", port: 0, maxConnections: pool + 4 });
  await server.start();
  process.env.DATABASE_URL = `postgresql://postgres@${server.getServerConn()}/postgres?sslmode=disable`;
  log("database").info(
    { dir, listening: server.getServerConn() },
    "no DATABASE_URL: using the embedded PostgreSQL (PGlite); set DATABASE_URL to use a real PostgreSQL server",
  );
  return {
    embedded: true,
    stop: async () => {
      await server.stop();
      await pg.close();
    },
  };
};

export const prepareEnvironment = async (): Promise<Prepared> => {
  const envFile = path.resolve(".env");
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  ensureDevSecrets();
  if (process.env.DATABASE_URL) return { embedded: false, stop: async () => {} };
  if (process.env.NODE_ENV === "production" && process.env.AMPARO_ALLOW_EMBEDDED_DB !== "1") {
    throw new Error(
      "DATABASE_URL is not set. In production Amparo needs a real PostgreSQL server " +
        "(set AMPARO_ALLOW_EMBEDDED_DB=1 to run the embedded database anyway, for a demo).",
    );
  }
  return startEmbedded();
};
