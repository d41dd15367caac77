// The process's Redis connections, opened on first use and only when
// REDIS_URL is set (a single instance needs none): one command client (rate
// limits, publishing signals) and the publish/subscribe pair that Socket.IO's
// adapter and the signals listen on. Kept on globalThis, like the Prisma
// client, because Next's route handlers run in other module instances than
// server.ts. server.ts closes them on shutdown.
import { Redis, type RedisOptions } from "ioredis";
import { env } from "@/lib/env";
import { log } from "@/lib/server/log";

type Connections = { command?: Redis; pub?: Redis; sub?: Redis };

const holder = globalThis as unknown as { amparoRedis?: Connections };
const connections = () => (holder.amparoRedis ??= {});

// One line when a connection is lost and one when it is back, not one per
// reconnect attempt: an outage must not drown the rest of the log.
const watch = (client: Redis, role: string) => {
  let down = false;
  client.on("error", (error: Error) => {
    if (down) return;
    down = true;
    log("redis").error({ role, error: error.message }, "redis unavailable");
  });
  client.on("ready", () => {
    if (!down) return;
    down = false;
    log("redis").info({ role }, "redis reconnected");
  });
  return client;
};

const open = (role: string, options: RedisOptions) =>
  watch(new Redis(env().REDIS_URL!, { connectionName: `amparo-${role}`, ...options }), role);

/** Namespaces every key and channel: pub/sub ignores the URL's database index. */
export const redisPrefix = () => env().REDIS_PREFIX;

/**
 * The command client, or null without REDIS_URL. It fails fast while Redis is
 * away (one retry, one second), so that callers fall back instead of waiting.
 */
export const getRedis = (): Redis | null => {
  if (!env().REDIS_URL) return null;
  return (connections().command ??= open("command", { maxRetriesPerRequest: 1, commandTimeout: 1_000 }));
};

/**
 * The publish/subscribe pair, or null without REDIS_URL. Socket.IO's adapter
 * never catches a failed publish, so the pair waits for Redis to come back
 * instead of rejecting: an outage delays events between instances rather than
 * dropping them or crashing the process on an unhandled rejection.
 */
export const getRedisPubSub = (): { pub: Redis; sub: Redis } | null => {
  if (!env().REDIS_URL) return null;
  const c = connections();
  c.pub ??= open("pub", { maxRetriesPerRequest: null });
  c.sub ??= open("sub", { maxRetriesPerRequest: null });
  return { pub: c.pub, sub: c.sub };
};

/**
 * Opens the connections now and waits (a few seconds at most) until they are
 * ready, so that the first requests share the rate limit instead of falling
 * back to this process's memory. Resolves false when Redis did not answer:
 * the instance starts anyway, and everything catches up on reconnect.
 */
export const connectRedis = async ({ timeoutMs = 5_000 }: { timeoutMs?: number } = {}) => {
  const command = getRedis();
  const pair = getRedisPubSub();
  if (!command || !pair) return true;
  const clients = [command, pair.pub, pair.sub];
  const ready = Promise.all(
    clients.map((c) => (c.status === "ready" ? undefined : new Promise((resolve) => c.once("ready", resolve)))),
  ).then(() => true);
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
  const result = await Promise.race([ready, late]);
  clearTimeout(timer);
  return result;
};

export const closeRedis = async () => {
  const c = holder.amparoRedis;
  holder.amparoRedis = undefined;
  if (!c) return;
  // quit() lets queued commands finish; a client that is not connected has nothing to finish.
  await Promise.all(
    [c.command, c.pub, c.sub].map((client) =>
      client?.status === "ready" ? client.quit().catch(() => client.disconnect()) : client?.disconnect(),
    ),
  );
};
