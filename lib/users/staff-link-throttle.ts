// Failed attempts to set a password from a link, per client address. A link
// is 32 random bytes, so this is not about guessing one: it keeps a client
// that hammers dead links (and the database reads they cost) away. A working
// link costs nothing, so colleagues behind one address never block each other.
import { RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { AppError } from "@/lib/server/errors";
import { createLimiter } from "@/lib/server/limiter";

export const STAFF_LINK_FAILURES = { points: 20, duration: 15 * 60 } as const;

let limiter: RateLimiterAbstract | undefined;
const failures = () => (limiter ??= createLimiter("staff-link-failures", STAFF_LINK_FAILURES));

const throttled = (msBeforeNext: number) => new AppError("rate_limited", "rate_limited", { retryAfterSeconds: msBeforeNext / 1000 });

/** 429 while this address has spent its failures. */
export const refuseIfThrottled = async (address: string) => {
  const spent = await failures().get(address);
  if (spent && spent.consumedPoints >= STAFF_LINK_FAILURES.points) throw throttled(spent.msBeforeNext);
};

/** Counts a failed attempt. */
export const countLinkFailure = async (address: string) => {
  await failures()
    .consume(address)
    .catch((error: unknown) => {
      if (!(error instanceof RateLimiterRes)) throw error;
    });
};
