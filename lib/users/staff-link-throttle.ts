// Setting a password from a link, per client address: a link is 32 random
// bytes, so this is about load and noise, not guessing; it also keeps argon2
// (each attempt hashes) from being turned against the server.
import { RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { AppError } from "@/lib/server/errors";
import { createLimiter } from "@/lib/server/limiter";

export const STAFF_LINK_BUDGET = { points: 20, duration: 15 * 60 } as const;

let limiter: RateLimiterAbstract | undefined;

/** Spends one attempt of this address; 429 with Retry-After once the budget is spent. */
export const throttleStaffLink = async (address: string) => {
  limiter ??= createLimiter("staff-link", STAFF_LINK_BUDGET);
  try {
    await limiter.consume(address);
  } catch (error) {
    if (error instanceof RateLimiterRes) throw new AppError("rate_limited", "rate_limited", { retryAfterSeconds: error.msBeforeNext / 1000 });
    throw error;
  }
};
