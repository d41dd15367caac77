// The Prisma singleton and the connection pool under it. One of each per
// process, kept on globalThis so that Next's dev reloads, Next's route bundles
// and the custom server share them. Created on first use, so that importing
// this module (as `next build` does) needs no environment.
//
// The pool is exported for the one path where Prisma's client costs too much
// (the intake: one SQL function call per event). Sharing it keeps one budget
// of connections, and keeps the embedded database on its single connection.
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { log } from "@/lib/server/log";

const globalForPrisma = globalThis as unknown as { amparoPrisma?: PrismaClient; amparoPool?: pg.Pool };

/** The process's PostgreSQL pool (the same one Prisma uses). */
export const pool = (): pg.Pool => {
  if (!globalForPrisma.amparoPool) {
    const { DATABASE_URL, DATABASE_POOL_SIZE } = env();
    // A request that cannot get a connection within 5 s fails (the intake
    // answers 503 and the relay retries) instead of queueing without bound.
    // No JIT: the app's queries are short, and PostgreSQL's cost-based switch
    // to JIT compiled a region's queue page (estimated costly, run in 1 ms)
    // for 20 ms on every request (docs/performance.md).
    const created = new pg.Pool({
      connectionString: DATABASE_URL,
      max: DATABASE_POOL_SIZE,
      connectionTimeoutMillis: 5_000,
      options: "-c jit=off",
    });
    // An idle connection dropped by the server (a restart, a failover) must
    // not crash the process: the pool replaces it on the next checkout.
    created.on("error", (error) => log("database").error({ error: error.message }, "idle database connection lost"));
    globalForPrisma.amparoPool = created;
  }
  return globalForPrisma.amparoPool;
};

const instance = (): PrismaClient => {
  if (!globalForPrisma.amparoPrisma) {
    globalForPrisma.amparoPrisma = new PrismaClient({ adapter: new PrismaPg(pool()) });
  }
  return globalForPrisma.amparoPrisma;
};

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get: (_target, prop) => {
    const client = instance();
    const value = Reflect.get(client, prop, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

export const disconnectDb = async () => {
  await globalForPrisma.amparoPrisma?.$disconnect();
  globalForPrisma.amparoPrisma = undefined;
  await globalForPrisma.amparoPool?.end();
  globalForPrisma.amparoPool = undefined;
};

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
