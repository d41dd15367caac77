// The relay's per-key rate limit (RELAY_RATE_PER_SECOND, RELAY_RATE_BURST).
// With REDIS_URL every instance spends from one budget in Redis, so a second
// instance does not double what a key may send; without it (one instance,
// the demo) the budget lives in this process's memory.
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from "rate-limiter-flexible";
import { env } from "@/lib/env";
import { getRedis, redisPrefix } from "@/lib/server/redis";

// On globalThis: the intake mounted in server.ts and Next's route are two
// copies of this module, and must spend from one budget.
const holder = globalThis as unknown as { amparoRelayLimiter?: RateLimiterAbstract };

/** A limiter of its own, as each instance makes one (tests make two to stand for two processes). */
export const createRelayRateLimiter = (): RateLimiterAbstract => {
  const { RELAY_RATE_PER_SECOND, RELAY_RATE_BURST } = env();
  const budget = {
    points: RELAY_RATE_BURST,
    duration: Math.max(1, Math.round(RELAY_RATE_BURST / RELAY_RATE_PER_SECOND)),
  };
  const redis = getRedis();
  if (!redis) return new RateLimiterMemory({ keyPrefix: "relay", ...budget });
  return new RateLimiterRedis({
    storeClient: redis,
    keyPrefix: `${redisPrefix()}:relay`,
    ...budget,
    // Redis down or slow must never stop the intake: each instance then
    // limits on its own, so the fleet briefly allows N budgets instead of one.
    // Letting through more presses is the lesser harm than refusing them.
    rejectIfRedisNotReady: true,
    insuranceLimiter: new RateLimiterMemory({ keyPrefix: "relay", ...budget }),
  });
};

/** The limiter, built on first use (after the environment is known). */
export const relayRateLimiter = (): RateLimiterAbstract => (holder.amparoRelayLimiter ??= createRelayRateLimiter());
