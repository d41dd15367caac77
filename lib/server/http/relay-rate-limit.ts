// The relay's per-key rate limit (RELAY_RATE_PER_SECOND, RELAY_RATE_BURST).
// With REDIS_URL every instance spends from one budget in Redis, so a second
// instance does not double what a key may send; without it (one instance,
// the demo) the budget lives in this process's memory. Redis down or slow
// never stops the intake (lib/server/limiter.ts): letting through more
// presses is the lesser harm than refusing them.
import type { RateLimiterAbstract } from "rate-limiter-flexible";
import { env } from "@/lib/env";
import { createLimiter } from "@/lib/server/limiter";

// On globalThis: the intake mounted in server.ts and Next's route are two
// copies of this module, and must spend from one budget.
const holder = globalThis as unknown as { amparoRelayLimiter?: RateLimiterAbstract };

/** A limiter of its own, as each instance makes one (tests make two to stand for two processes). */
export const createRelayRateLimiter = (): RateLimiterAbstract => {
  const { RELAY_RATE_PER_SECOND, RELAY_RATE_BURST } = env();
  return createLimiter("relay", {
    points: RELAY_RATE_BURST,
    duration: Math.max(1, Math.round(RELAY_RATE_BURST / RELAY_RATE_PER_SECOND)),
  });
};

/** The limiter, built on first use (after the environment is known). */
export const relayRateLimiter = (): RateLimiterAbstract => (holder.amparoRelayLimiter ??= createRelayRateLimiter());
