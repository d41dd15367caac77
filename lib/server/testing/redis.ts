// Redis for the scale-out tests. Channels are global to a Redis server
// (pub/sub ignores the database index), so every run gets a prefix of its own
// and never hears another run, branch or engineer on the same server.
import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";

export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379/5";

export const uniqueRedisPrefix = (label: string) => `amparo-${label}-${randomBytes(4).toString("hex")}`;

/** Null when Redis answers PING; otherwise what to start. */
export const redisProblem = async (url = TEST_REDIS_URL): Promise<string | null> => {
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 3_000, retryStrategy: () => null });
  client.on("error", () => undefined);
  try {
    await client.connect();
    await client.ping();
    return null;
  } catch (error) {
    const { hostname, port } = new URL(url);
    return (
      `Redis is not answering at ${hostname}:${port || 6379} (${(error as Error).message}); the scale-out tests need it.\n` +
      `  Start it:  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no\n` +
      `  (apt-get install -y redis-server if it is missing), or point TEST_REDIS_URL at another server.`
    );
  } finally {
    client.disconnect();
  }
};
