// The intake's limit on unauthenticated requests per client address, with
// Redis as production runs it: a flood of made-up keys from one address is
// refused with the contract's 429 before it costs a key lookup, it leaves
// the relay-key cache as it was, and the relay's signed requests go on,
// even from the blocked address.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/alerts/route";
import { cachedRelayKeyCount } from "@/lib/relay-keys/data";
import { isAppError } from "@/lib/server/errors";
import { CLIENT_ADDRESS_HEADER } from "@/lib/server/http/client-address";
import { createIntakeAddressLimit, INTAKE_FAILURE_BUDGET } from "@/lib/server/http/intake-address-limit";
import { closeRedis, connectRedis } from "@/lib/server/redis";
import { panicEvent } from "@/lib/alerts/testing/panic";
import { countRows, createTestRelayKey, ensureNetwork, signedRequest } from "@/lib/server/testing/fixtures";
import { TEST_REDIS_URL, redisProblem, uniqueRedisPrefix } from "@/lib/server/testing/redis";

process.env.REDIS_URL = TEST_REDIS_URL;
process.env.REDIS_PREFIX = uniqueRedisPrefix("intake-address");

const BUDGET = INTAKE_FAILURE_BUDGET.points;

beforeAll(async () => {
  const problem = await redisProblem();
  if (problem) throw new Error(problem);
  expect(await connectRedis()).toBe(true);
  await ensureNetwork();
});

afterAll(() => closeRedis());

const newAddress = () => `198.18.${[...randomBytes(2)].join(".")}`;
const madeUpKey = () => ({ id: `made-up-${randomBytes(6).toString("hex")}`, secret: randomBytes(12).toString("hex") });

/** The intake as server.ts hands it a request from `address`. */
const post = async (key: { id: string; secret: string }, address: string) => {
  const request = signedRequest({ key, body: panicEvent() });
  request.headers.set(CLIENT_ADDRESS_HEADER, address);
  const response = await POST(request);
  return { status: response.status, body: await response.json(), retryAfter: response.headers.get("retry-after") };
};

describe("[INTAKE] unauthenticated requests per client address", () => {
  it("answers a flood of unknown keys 401 up to the budget, then 429, without growing the key cache", async () => {
    const relay = await createTestRelayKey();
    const [flooder, relayAddress] = [newAddress(), newAddress()];
    expect((await post(relay, relayAddress)).status).toBe(202);
    const cached = cachedRelayKeyCount();
    const before = await countRows();

    const answers = [];
    for (let i = 0; i < BUDGET + 20; i++) answers.push(await post(madeUpKey(), flooder));
    expect(answers.slice(0, BUDGET).map((a) => a.status)).toEqual(Array<number>(BUDGET).fill(401));
    for (const refused of answers.slice(BUDGET)) {
      expect(refused).toMatchObject({ status: 429, body: { error: "rate_limited" } });
      expect(Number(refused.retryAfter)).toBeGreaterThan(INTAKE_FAILURE_BUDGET.blockDuration - 10);
      expect(Number(refused.retryAfter)).toBeLessThanOrEqual(INTAKE_FAILURE_BUDGET.blockDuration);
    }
    expect(cachedRelayKeyCount()).toBe(cached);
    expect(await countRows()).toEqual(before);

    // The relay is not held back, from its own address nor from the blocked
    // one (behind a balancer without TRUST_PROXY they are the same): a key
    // this instance holds still passes. A real key it does not hold is
    // refused before any lookup, as a made-up one is.
    expect((await post(relay, relayAddress)).status).toBe(202);
    expect((await post(relay, flooder)).status).toBe(202);
    const unheld = await createTestRelayKey();
    expect((await post(unheld, flooder)).status).toBe(429);
  });

  it("never counts the relay's accepted requests, however many", async () => {
    const relay = await createTestRelayKey();
    const address = newAddress();
    for (let i = 0; i < BUDGET + 10; i++) expect((await post(relay, address)).status).toBe(202);
    expect((await post(madeUpKey(), address)).status).toBe(401);
  });

  it("is one count for every instance", async () => {
    const address = newAddress();
    const other = createIntakeAddressLimit();
    for (let i = 0; i < BUDGET / 2; i++) await other.countFailure(address);
    for (let i = 0; i < BUDGET / 2; i++) expect((await post(madeUpKey(), address)).status).toBe(401);
    expect((await post(madeUpKey(), address)).status).toBe(429);
    const elsewhere = await other.countFailure(address).then(() => null, (error: unknown) => error);
    expect(isAppError(elsewhere) && elsewhere.code).toBe("rate_limited");
  });
});
