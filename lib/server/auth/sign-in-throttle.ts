// Sign-in throttling, per account and per client address, in Redis when
// REDIS_URL is set (so every instance counts against one budget) or in this
// process's memory. rate-limiter-flexible's "login endpoint protection"
// pattern, with a block that grows: each block of the same account or
// address within a day lasts twice the one before.
//
// An attempt spends a point from both before its password is checked, so
// that concurrent guesses cannot all slip past the check; the right password
// gives the account a fresh start and the address its point back. While
// either is blocked an attempt is refused unread and counts nothing, so that
// someone retrying a blocked account does not also use up the address their
// colleagues share.
import { createHash } from "node:crypto";
import { RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { createLimiter, type Budget } from "@/lib/server/limiter";

export type ThrottleKind = "account" | "address";

export const SIGN_IN_LIMITS: Record<ThrottleKind, Budget> = {
  // Failures in a row on one account, from anywhere (a guesser with many addresses).
  account: { points: 5, duration: 24 * 60 * 60 },
  // Failures from one address, on any account (one guesser, many accounts). A
  // consulate's officers sign in from one NAT address: this leaves room for their typos.
  address: { points: 30, duration: 60 * 60 },
};

export const FIRST_BLOCK_SECONDS = 60;
export const LONGEST_BLOCK_SECONDS = 60 * 60;
const BLOCKS_REMEMBERED_SECONDS = 24 * 60 * 60;

export type Who = { email: string; address: string };

export type Verdict =
  | { allowed: true }
  /** `started`: the limits this attempt blocked (empty when it met a block already running). */
  | { allowed: false; retryAfterSeconds: number; started: ThrottleKind[] };

export type SignInThrottle = {
  /** Before the password is checked. */
  attempt: (who: Who) => Promise<Verdict>;
  /** After the right password. */
  succeeded: (who: Who) => Promise<void>;
};

type Counter = { fails: RateLimiterAbstract; blocks: RateLimiterAbstract; points: number };
type Spent = { kind: ThrottleKind; blockedMs: number; started: boolean };

const KINDS: ThrottleKind[] = ["account", "address"];

// Redis keys carry no e-mail address.
const accountKey = (email: string) => createHash("sha256").update(email.trim().toLowerCase()).digest("base64url");

const keyOf = (kind: ThrottleKind, { email, address }: Who) => (kind === "account" ? accountKey(email) : address);

/** Rejected consumes past the one that blocked see the window's expiry until the block is set: never more than a block. */
const cappedMs = (ms: number) => Math.min(ms, LONGEST_BLOCK_SECONDS * 1000);

/**
 * A throttle of its own, as each instance makes one (tests make two to stand
 * for two processes, and shorten the first block to watch blocks grow).
 */
export const createSignInThrottle = ({ firstBlockSeconds = FIRST_BLOCK_SECONDS } = {}): SignInThrottle => {
  const blockSeconds = (nth: number) => Math.min(firstBlockSeconds * 2 ** (nth - 1), LONGEST_BLOCK_SECONDS);
  const counters = Object.fromEntries(
    KINDS.map((kind) => [
      kind,
      {
        fails: createLimiter(`sign-in-${kind}`, SIGN_IN_LIMITS[kind]),
        // Only ever given penalties, which count without refusing: its points are never spent.
        blocks: createLimiter(`sign-in-${kind}-blocks`, { points: 1, duration: BLOCKS_REMEMBERED_SECONDS }),
        points: SIGN_IN_LIMITS[kind].points,
      },
    ]),
  ) as Record<ThrottleKind, Counter>;

  const blockedMs = async (kind: ThrottleKind, key: string) => {
    const state = await counters[kind].fails.get(key);
    return state && state.consumedPoints > counters[kind].points ? cappedMs(state.msBeforeNext) : 0;
  };

  const spend = async (kind: ThrottleKind, key: string): Promise<Spent> => {
    const { fails, blocks, points } = counters[kind];
    try {
      await fails.consume(key);
      return { kind, blockedMs: 0, started: false };
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      // Exactly one attempt takes the count past the budget, on whichever
      // instance: it starts the block, and only it is audited.
      if (rejection.consumedPoints !== points + 1) return { kind, blockedMs: cappedMs(rejection.msBeforeNext), started: false };
      const { consumedPoints: nth } = await blocks.penalty(key, 1);
      const seconds = blockSeconds(nth);
      await fails.block(key, seconds);
      return { kind, blockedMs: seconds * 1000, started: true };
    }
  };

  return {
    attempt: async (who) => {
      const waits = await Promise.all(KINDS.map((kind) => blockedMs(kind, keyOf(kind, who))));
      const waiting = Math.max(...waits);
      if (waiting > 0) return { allowed: false, retryAfterSeconds: Math.ceil(waiting / 1000), started: [] };
      const spent = await Promise.all(KINDS.map((kind) => spend(kind, keyOf(kind, who))));
      const blocked = Math.max(...spent.map((s) => s.blockedMs));
      if (blocked === 0) return { allowed: true };
      return {
        allowed: false,
        retryAfterSeconds: Math.ceil(blocked / 1000),
        started: spent.filter((s) => s.started).map((s) => s.kind),
      };
    },
    succeeded: async (who) => {
      const account = keyOf("account", who);
      // Not the address's count: one valid account must not wipe the failures its address made on others.
      await Promise.all([
        counters.account.fails.delete(account),
        counters.account.blocks.delete(account),
        counters.address.fails.reward(keyOf("address", who), 1),
      ]);
    },
  };
};

// On globalThis, like the other limiters: a module copy per bundle, one count per process.
const holder = globalThis as unknown as { amparoSignInThrottle?: SignInThrottle };

/** The throttle, built on first use (after the environment is known). */
export const signInThrottle = (): SignInThrottle => (holder.amparoSignInThrottle ??= createSignInThrottle());
