// The Prisma singleton. One client per process, kept on globalThis so that
// Next's dev reloads and the custom server share it. Created on first use, so
// that importing this module (as `next build` does) needs no environment.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

const globalForPrisma = globalThis as unknown as { amparoPrisma?: PrismaClient };

const instance = (): PrismaClient => {
  if (!globalForPrisma.amparoPrisma) {
    const { DATABASE_URL, DATABASE_POOL_SIZE } = env();
    const adapter = new PrismaPg({ connectionString: DATABASE_URL, max: DATABASE_POOL_SIZE });
    globalForPrisma.amparoPrisma = new PrismaClient({ adapter });
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
};

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
