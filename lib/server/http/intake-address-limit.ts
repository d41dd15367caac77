// Unauthenticated intake requests (no key, an unknown or revoked key, a bad
// signature or a stale timestamp), counted per client address. Only failures
// count: the relay's accepted requests never spend from its address's budget,
// so its traffic is limited by its key's own rate alone, however fast it
// sends. Once an address has failed too often it is refused with the
// contract's 429 before its body is read or its key looked up, which is what
// an unknown key would otherwise cost: a database read.
import { RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { AppError } from "@/lib/server/errors";
import { createLimiter } from "@/lib/server/limiter";
import { LRUCache } from "lru-cache";

// A relay that lost its key fails every request; 30 a minute is far above
// what a misconfigured relay needs to notice, and far below a flood.
export const INTAKE_FAILURE_BUDGET = { points: 30, duration: 60, blockDuration: 300 };
// Blocks this instance has seen, so that a blocked address costs no Redis
// round trip; bounded, as every map keyed by what clients choose must be.
const REMEMBERED_BLOCKS = 10_000;

export type IntakeAddressLimit = {
  /** The rate_limited refusal while the address is blocked, or null. */
  blocked: (address: string) => AppError | null;
  /** Counts one failed authentication; throws rate_limited when the address is now blocked. */
  countFailure: (address: string) => Promise<void>;
};

const rateLimited = (ms: number) => new AppError("rate_limited", "rate_limited", { retryAfterSeconds: ms / 1000 });

/** A limit of its own, as each instance makes one (tests make two to stand for two processes). */
export const createIntakeAddressLimit = (): IntakeAddressLimit => {
  const limiter: RateLimiterAbstract = createLimiter("intake-address", INTAKE_FAILURE_BUDGET);
  const blockedUntil = new LRUCache<string, number>({ max: REMEMBERED_BLOCKS });
  return {
    blocked: (address) => {
      const until = blockedUntil.get(address);
      if (until === undefined) return null;
      // Another instance may have blocked the address first: this one learns of it at the address's next failure.
      if (until <= Date.now()) {
        blockedUntil.delete(address);
        return null;
      }
      return rateLimited(until - Date.now());
    },
    countFailure: async (address) => {
      try {
        await limiter.consume(address);
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        blockedUntil.set(address, Date.now() + rejection.msBeforeNext);
        throw rateLimited(rejection.msBeforeNext);
      }
    },
  };
};

// On globalThis: the intake mounted in server.ts and Next's route are two copies of this module.
const holder = globalThis as unknown as { amparoIntakeAddressLimit?: IntakeAddressLimit };

/** The limit, built on first use (after the environment is known). */
export const intakeAddressLimit = (): IntakeAddressLimit => (holder.amparoIntakeAddressLimit ??= createIntakeAddressLimit());
