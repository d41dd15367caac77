// Sign-in throttling against the real PostgreSQL and Redis: per account and
// per client address, blocks that grow, one audit row per throttled burst,
// a fresh start after the right password, and one count for every instance.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { closeRedis, connectRedis } from "@/lib/server/redis";
import { CLIENT_ADDRESS_HEADER } from "@/lib/server/http/client-address";
import { createStaff, ensureNetwork } from "@/lib/server/testing/fixtures";
import { TEST_REDIS_URL, redisProblem, uniqueRedisPrefix } from "@/lib/server/testing/redis";
import { authorizeSignIn } from "./authorize";
import { hashPassword } from "./password";
import { throttledCode } from "./sign-in-error";
import { createSignInThrottle, FIRST_BLOCK_SECONDS, SIGN_IN_LIMITS } from "./sign-in-throttle";

process.env.REDIS_URL = TEST_REDIS_URL;
process.env.REDIS_PREFIX = uniqueRedisPrefix("sign-in");

const PASSWORD = "the-right-password";
const ACCOUNT_BUDGET = SIGN_IN_LIMITS.account.points;
const ADDRESS_BUDGET = SIGN_IN_LIMITS.address.points;

let hash: string;

beforeAll(async () => {
  const problem = await redisProblem();
  if (problem) throw new Error(problem);
  expect(await connectRedis()).toBe(true);
  await ensureNetwork();
  hash = await hashPassword(PASSWORD);
});

afterAll(() => closeRedis());

/** An address of the test's own, so that no test spends another's budget. */
const newAddress = () => `10.${[...randomBytes(3)].join(".")}`;
const newEmail = () => `nobody-${randomBytes(6).toString("hex")}@test.amparo`;

const officer = async () => {
  const { user } = await createStaff("OFFICER", { consulate: "LAX" });
  await db.user.update({ where: { id: user.id }, data: { passwordHash: hash } });
  return user.email;
};

/** One sign-in as next-auth runs it: the user, null, or the code the browser reads. */
const signIn = async (email: string, password: string, address: string) => {
  try {
    const user = await authorizeSignIn({ credentials: { email, password }, headers: { [CLIENT_ADDRESS_HEADER]: address } });
    return user ? "signed-in" : "wrong";
  } catch (error) {
    return (error as Error).message;
  }
};

const auditOf = async (email: string) => {
  const rows = await db.auditLog.findMany({ where: { data: { path: ["email"], equals: email } }, orderBy: { id: "asc" } });
  return rows.map((row) => ({ action: row.action, data: row.data }));
};

describe("[AUTH] sign-in throttling per account", () => {
  it("after the budget of wrong passwords refuses even the right one, saying when to try again", async () => {
    const [email, address] = [await officer(), newAddress()];
    for (let i = 0; i < ACCOUNT_BUDGET; i++) expect(await signIn(email, "wrong", address)).toBe("wrong");
    expect(await signIn(email, "wrong", address)).toBe(throttledCode(FIRST_BLOCK_SECONDS));
    const during = await signIn(email, PASSWORD, address);
    expect(during).toMatch(/^throttled-\d+$/);
    expect(Number(during.split("-")[1])).toBeGreaterThan(FIRST_BLOCK_SECONDS - 5);
    // From another address too: the account is what is guessed.
    expect(await signIn(email, PASSWORD, newAddress())).toMatch(/^throttled-/);
  });

  it("writes one audit row per throttled burst, and none for the attempts refused during it", async () => {
    const [email, address] = [newEmail(), newAddress()];
    for (let i = 0; i < ACCOUNT_BUDGET + 20; i++) await signIn(email, "wrong", address);
    const rows = await auditOf(email);
    expect(rows.map((row) => row.action)).toEqual([...Array<string>(ACCOUNT_BUDGET).fill("auth.sign_in_failed"), "auth.sign_in_throttled"]);
    expect(rows.at(-1)?.data).toEqual({ email, address, limits: ["account"], retryAfterSeconds: FIRST_BLOCK_SECONDS });
  });

  it("starts the account afresh after the right password", async () => {
    const [email, address] = [await officer(), newAddress()];
    for (let i = 0; i < ACCOUNT_BUDGET - 1; i++) expect(await signIn(email, "wrong", address)).toBe("wrong");
    expect(await signIn(email, PASSWORD, address)).toBe("signed-in");
    // A whole budget again, not the one attempt that was left.
    for (let i = 0; i < ACCOUNT_BUDGET; i++) expect(await signIn(email, "wrong", address)).toBe("wrong");
    expect(await signIn(email, PASSWORD, address)).toMatch(/^throttled-/);
  });

  it("blocks for longer each time (the first block shortened to a second, to watch it end)", async () => {
    const throttle = createSignInThrottle({ firstBlockSeconds: 1 });
    const who = { email: newEmail(), address: newAddress() };
    const retryTimes: number[] = [];
    for (let burst = 0; burst < 3; burst++) {
      // Refused attempts count nothing: wait out the running block first.
      while (!(await throttle.attempt(who)).allowed) await new Promise((r) => setTimeout(r, 100));
      for (let i = 1; i < ACCOUNT_BUDGET; i++) expect(await throttle.attempt(who)).toEqual({ allowed: true });
      const verdict = await throttle.attempt(who);
      expect(verdict).toMatchObject({ allowed: false, started: ["account"] });
      if (!verdict.allowed) retryTimes.push(verdict.retryAfterSeconds);
    }
    expect(retryTimes).toEqual([1, 2, 4]);
  });
});

describe("[AUTH] sign-in throttling per client address", () => {
  it("stops one address guessing across many accounts, and lets the account in from elsewhere", async () => {
    const address = newAddress();
    // Spread so that no account reaches its own budget.
    const perAccount = ACCOUNT_BUDGET - 1;
    for (let spent = 0; spent < ADDRESS_BUDGET; ) {
      const email = newEmail();
      for (let i = 0; i < perAccount && spent < ADDRESS_BUDGET; i++, spent++) expect(await signIn(email, "wrong", address)).toBe("wrong");
    }
    const email = await officer();
    expect(await signIn(email, PASSWORD, address)).toBe(throttledCode(FIRST_BLOCK_SECONDS));
    expect(await auditOf(email)).toEqual([
      { action: "auth.sign_in_throttled", data: { email, address, limits: ["address"], retryAfterSeconds: FIRST_BLOCK_SECONDS } },
    ]);
    expect(await signIn(newEmail(), "wrong", address)).toMatch(/^throttled-/);
    expect(await signIn(email, PASSWORD, newAddress())).toBe("signed-in");
  });

  it("does not count successful sign-ins against the address", async () => {
    const [email, address] = [await officer(), newAddress()];
    for (let i = 0; i < ADDRESS_BUDGET + 5; i++) expect(await signIn(email, PASSWORD, address)).toBe("signed-in");
  });
});

describe("[AUTH] sign-in throttling on two instances", () => {
  it("counts one budget through Redis, and only one of them audits the burst", async () => {
    const [here, there] = [createSignInThrottle(), createSignInThrottle()];
    const who = { email: newEmail(), address: newAddress() };
    for (let i = 0; i < ACCOUNT_BUDGET; i++) expect(await (i % 2 ? here : there).attempt(who)).toEqual({ allowed: true });
    const [first, second] = [await here.attempt(who), await there.attempt(who)];
    expect(first).toMatchObject({ allowed: false, started: ["account"] });
    expect(second).toMatchObject({ allowed: false, started: [] });
    // The right password on the other instance ends nothing: the block holds on both.
    await there.succeeded({ email: newEmail(), address: who.address });
    expect(await there.attempt(who)).toMatchObject({ allowed: false });
  });

  it("lets no more than the budget through when guesses arrive at once", async () => {
    const [here, there] = [createSignInThrottle(), createSignInThrottle()];
    const who = { email: newEmail(), address: newAddress() };
    // Fewer than the address's budget: only the account's limit is at stake.
    const verdicts = await Promise.all(Array.from({ length: ADDRESS_BUDGET - 1 }, (_, i) => (i % 2 ? here : there).attempt(who)));
    expect(verdicts.filter((v) => v.allowed)).toHaveLength(ACCOUNT_BUDGET);
    expect(verdicts.flatMap((v) => (v.allowed ? [] : v.started))).toEqual(["account"]);
  });
});
