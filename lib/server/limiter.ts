// A rate limiter in Redis when REDIS_URL is set, so that every instance
// counts against one budget, or in this process's memory without it (one
// instance, the demo). Each limiter names its own key space.
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from "rate-limiter-flexible";
import { getRedis, redisPrefix } from "@/lib/server/redis";

export type Budget = { points: number; duration: number; blockDuration?: number };

export const createLimiter = (name: string, budget: Budget): RateLimiterAbstract => {
  const redis = getRedis();
  if (!redis) return new RateLimiterMemory({ keyPrefix: name, ...budget });
  return new RateLimiterRedis({
    storeClient: redis,
    keyPrefix: `${redisPrefix()}:${name}`,
    ...budget,
    // Redis down or slow must never stop a request: each instance then
    // counts on its own, so the fleet briefly allows N budgets instead of one.
    rejectIfRedisNotReady: true,
    insuranceLimiter: new RateLimiterMemory({ keyPrefix: name, ...budget }),
  });
};
