// Two Socket.IO servers on two ports, each with its own Redis connections as
// two processes would have, sharing one Redis and one PostgreSQL: live
// events, presence, a disabled or moved user's sockets, relay-key revocations
// and the relay's rate limit span both. (The Playwright phase runs the same
// against two real production processes: e2e/scale-out.spec.ts.)
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAdapter } from "@socket.io/redis-adapter";
import { Redis } from "ioredis";
import { RateLimiterRes } from "rate-limiter-flexible";
import { POST } from "@/app/api/v1/alerts/route";
import { db } from "@/lib/server/db";
import { getActiveRelaySecret } from "@/lib/relay-keys/data";
import { revokeRelayKey } from "@/lib/relay-keys/mutations";
import { disableUser, moveUser } from "@/lib/users/mutations";
import { closeRedis, connectRedis, getRedis } from "@/lib/server/redis";
import { listenForSignals } from "@/lib/server/signals";
import { createRelayRateLimiter } from "@/lib/server/http/relay-rate-limit";
import { panicEvent } from "@/lib/alerts/testing/panic";
import { createStaff, createTestRelayKey, ensureNetwork, signedRequest } from "@/lib/server/testing/fixtures";
import { TEST_REDIS_URL, redisProblem, uniqueRedisPrefix } from "@/lib/server/testing/redis";
import { startSocketServer, type SocketServer } from "@/lib/server/testing/socket-server";
import { collectCases, collectPresence, waitFor } from "@/lib/server/testing/sockets";
import { socketAdapter } from "./adapter";
import { userRoom } from "./publish";

const prefix = uniqueRedisPrefix("int");
process.env.REDIS_URL = TEST_REDIS_URL;
process.env.REDIS_PREFIX = prefix;

let a: SocketServer;
let b: SocketServer;
let other: Redis[] = [];

const officer = async (consulate = "LAX") => (await createStaff("OFFICER", { consulate })).user;

beforeAll(async () => {
  const problem = await redisProblem();
  if (problem) throw new Error(problem);
  await ensureNetwork();
  // B first, with connections of its own; A last, so that the app publishes through A.
  const pub = new Redis(TEST_REDIS_URL);
  other = [pub, pub.duplicate()];
  b = await startSocketServer({ adapter: createAdapter(other[0], other[1], { key: `${prefix}:socket.io` }) });
  a = await startSocketServer({ adapter: socketAdapter() });
  expect(await connectRedis()).toBe(true);
  listenForSignals();
  // Both adapters must be subscribed before the first broadcast.
  const requests = `${prefix}:socket.io-request#/#`;
  for (let i = 0; i < 100; i++) {
    const [, count] = (await getRedis()!.call("PUBSUB", "NUMSUB", requests)) as [string, number];
    if (Number(count) === 2) break;
    await new Promise((r) => setTimeout(r, 20));
  }
});

afterAll(async () => {
  await Promise.all([a, b].map((instance) => instance.close()));
  other.forEach((c) => c.disconnect());
  await closeRedis();
});

describe("[INTAKE] two instances, one Redis", () => {
  it("an alert taken on one instance reaches its consulate's officers on both, and nobody else", async () => {
    const [laOnB, laOnA, houstonOnB] = await Promise.all([officer(), officer(), officer("HOU")]);
    const [seenB, seenA, seenHouston] = await Promise.all([
      b.connectAs(laOnB.id).then(collectCases),
      a.connectAs(laOnA.id).then(collectCases),
      b.connectAs(houstonOnB.id).then(collectCases),
    ]);
    const key = await createTestRelayKey();
    const response = await POST(signedRequest({ key, body: panicEvent() }));
    expect(response.status).toBe(202);
    const { caseId } = await response.json();

    await waitFor(() => seenB.length > 0 && seenA.length > 0);
    expect(seenB.map((c) => c.id)).toEqual([caseId]);
    expect(seenA.map((c) => c.id)).toEqual([caseId]);
    // Give a wrongly routed message time to arrive before asserting it did not.
    await new Promise((r) => setTimeout(r, 300));
    expect(seenHouston).toEqual([]);
  });
});

describe("[TRIAGE] presence across instances", () => {
  it("counts a viewer on the other instance, and drops them when they leave", async () => {
    const [one, two] = await Promise.all([officer(), officer()]);
    const key = await createTestRelayKey();
    const { caseId } = await (await POST(signedRequest({ key, body: panicEvent() }))).json();
    const [onA, onB] = await Promise.all([a.connectAs(one.id), b.connectAs(two.id)]);
    const [seenA, seenB] = [collectPresence(onA), collectPresence(onB)];
    const last = (seen: typeof seenA) => seen.at(-1)?.viewers.map((v) => v.userId).sort();

    onA.emit("presence:join", caseId);
    await waitFor(() => last(seenA)?.length === 1);
    onB.emit("presence:join", caseId);
    const both = [one.id, two.id].sort();
    await waitFor(() => last(seenA)?.length === 2 && last(seenB)?.length === 2);
    expect(last(seenA)).toEqual(both);
    expect(last(seenB)).toEqual(both);

    onA.close();
    await waitFor(() => last(seenB)?.length === 1);
    expect(last(seenB)).toEqual([two.id]);
  });
});

describe("[AUTH] a disabled user", () => {
  it("is disconnected on every instance at once and cannot come back; colleagues stay", async () => {
    const [leaving, staying] = await Promise.all([officer(), officer()]);
    const [onA, onB, colleague] = await Promise.all([a.connectAs(leaving.id), b.connectAs(leaving.id), b.connectAs(staying.id)]);
    await disableUser({ userId: leaving.id });

    await waitFor(() => !onA.connected && !onB.connected);
    expect([onA.connected, onB.connected]).toEqual([false, false]);
    await expect(b.connectAs(leaving.id)).rejects.toThrow("unauthorized");
    expect(colleague.connected).toBe(true);
    expect((await db.user.findUniqueOrThrow({ where: { id: leaving.id } })).active).toBe(false);
  });
});

describe("[AUTH] ending a user's sessions across instances", () => {
  it("closes a disabled user's socket on the other instance within a second", async () => {
    const leaving = await officer();
    const onB = await b.connectAs(leaving.id);
    await disableUser({ userId: leaving.id });
    await waitFor(() => !onB.connected, 1_000);
    expect(onB.connected).toBe(false);
  });

  it("closes a moved user's sockets on both instances within a second; signed in again, they are in the new consulate's room", async () => {
    const user = await officer();
    const [onA, onB] = await Promise.all([a.connectAs(user.id), b.connectAs(user.id)]);
    const houston = await db.consulate.findUniqueOrThrow({ where: { code: "HOU" } });
    await moveUser({ userId: user.id, to: { consulateId: houston.id } });

    await waitFor(() => !onA.connected && !onB.connected, 1_000);
    expect([onA.connected, onB.connected]).toEqual([false, false]);
    const again = await b.connectAs(user.id);
    const [socket] = await b.io.in(userRoom(user.id)).fetchSockets();
    expect(socket.id).toBe(again.id);
    expect([...socket.rooms].filter((room) => room !== socket.id).sort()).toEqual([`consulate:${houston.id}`, userRoom(user.id)].sort());
  });
});

describe("[AUTH] relay-key revocation across instances", () => {
  it("is announced to the other instances, and one announced elsewhere drops the cached key here at once", async () => {
    const listener = new Redis(TEST_REDIS_URL);
    other.push(listener);
    const heard: { name: string; payload: string }[] = [];
    listener.on("message", (_channel: string, raw: string) => heard.push(JSON.parse(raw)));
    await listener.subscribe(`${prefix}:signal`);

    // Revoked here: the others hear it.
    const revoked = await createTestRelayKey();
    await revokeRelayKey({ id: revoked.id });
    await waitFor(() => heard.length > 0);
    expect(heard).toEqual([expect.objectContaining({ name: "relay-key:forget", payload: revoked.id })]);

    // Revoked elsewhere: this instance still has the secret in its cache
    // until the other instance's signal arrives, then refuses it at once.
    const key = await createTestRelayKey();
    expect(await getActiveRelaySecret(key.id)).toBe(key.secret);
    await db.relayKey.update({ where: { id: key.id }, data: { revokedAt: new Date() } });
    expect(await getActiveRelaySecret(key.id)).toBe(key.secret);
    await other[0].publish(`${prefix}:signal`, JSON.stringify({ from: "another-instance", name: "relay-key:forget", payload: key.id }));
    let secret: string | null = key.secret;
    for (const until = Date.now() + 1_000; secret && Date.now() < until; ) {
      secret = await getActiveRelaySecret(key.id);
      if (secret) await new Promise((r) => setTimeout(r, 10));
    }
    expect(secret).toBeNull();
    const refused = await POST(signedRequest({ key, body: panicEvent() }));
    expect(refused.status).toBe(401);
  });
});

describe("[INTAKE] the relay's rate limit", () => {
  it("is one budget for the whole fleet: a key's burst spent half on each instance is spent", async () => {
    const burst = 200; // RELAY_RATE_BURST's default
    // Two limiters, as two processes each make their own.
    const here = createRelayRateLimiter();
    const there = createRelayRateLimiter();

    const key = `limit-${Date.now()}`;
    const spend = (limiter: typeof here, n: number) =>
      Promise.all(Array.from({ length: n }, () => limiter.consume(key).then(() => "ok", (r) => (r instanceof RateLimiterRes ? "limited" : "error"))));
    expect(new Set(await spend(here, burst / 2))).toEqual(new Set(["ok"]));
    expect(new Set(await spend(there, burst / 2))).toEqual(new Set(["ok"]));
    expect(await spend(here, 1)).toEqual(["limited"]);
    expect(await spend(there, 1)).toEqual(["limited"]);
  });
});
