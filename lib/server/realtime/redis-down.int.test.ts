// REDIS_URL set, but nothing answers there (Redis is down): the intake must
// keep taking alerts. The rate limit falls back to this instance's memory,
// live events still reach this instance's sockets, presence counts this
// instance's viewers, and a revocation still takes effect here.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/alerts/route";
import { revokeRelayKey } from "@/lib/relay-keys/mutations";
import { closeRedis, connectRedis } from "@/lib/server/redis";
import { panicEvent } from "@/lib/alerts/testing/panic";
import { createStaff, createTestRelayKey, ensureNetwork, signedRequest } from "@/lib/server/testing/fixtures";
import { uniqueRedisPrefix } from "@/lib/server/testing/redis";
import { startSocketServer, type SocketServer } from "@/lib/server/testing/socket-server";
import { collectCases, collectPresence, waitFor } from "@/lib/server/testing/sockets";
import { socketAdapter } from "./adapter";

// Port 1: refused at once, every time.
process.env.REDIS_URL = "redis://127.0.0.1:1/0";
process.env.REDIS_PREFIX = uniqueRedisPrefix("down");

let server: SocketServer;

beforeAll(async () => {
  await ensureNetwork();
  expect(await connectRedis({ timeoutMs: 200 })).toBe(false);
  server = await startSocketServer({ adapter: socketAdapter() });
});

afterAll(async () => {
  await server.close();
  await closeRedis();
});

describe("[INTAKE] with Redis down", () => {
  it("accepts alerts up to the burst, delivers them to this instance's officers, and still refuses a revoked key", async () => {
    const { user } = await createStaff("OFFICER", { consulate: "LAX" });
    const seen = collectCases(await server.connectAs(user.id));

    const key = await createTestRelayKey();
    const response = await POST(signedRequest({ key, body: panicEvent() }));
    expect(response.status).toBe(202);
    const { caseId } = await response.json();
    await waitFor(() => seen.length > 0);
    expect(seen.map((c) => c.id)).toEqual([caseId]);

    // The memory fallback still limits: the rest of the default burst of 200 passes, then 429.
    const statuses = [];
    for (let i = 0; i < 200; i++) statuses.push((await POST(signedRequest({ key, body: {} }))).status);
    expect(statuses.slice(0, 199).every((s) => s === 400)).toBe(true);
    expect(statuses[199]).toBe(429);

    await revokeRelayKey({ id: key.id });
    expect((await POST(signedRequest({ key, body: panicEvent() }))).status).toBe(401);
  });

  it("shows this instance's viewers on a case", async () => {
    const [one, two] = await Promise.all([createStaff("OFFICER", { consulate: "LAX" }), createStaff("OFFICER", { consulate: "LAX" })]);
    const key = await createTestRelayKey();
    const { caseId } = await (await POST(signedRequest({ key, body: panicEvent() }))).json();
    const [s1, s2] = await Promise.all([one, two].map(({ user }) => server.connectAs(user.id)));
    const seen = collectPresence(s2);
    s1.emit("presence:join", caseId);
    s2.emit("presence:join", caseId);
    // The adapter cannot ask the other instances; after its wait, this instance answers alone.
    await waitFor(() => seen.at(-1)?.viewers.length === 2, 8_000);
    expect(seen.at(-1)?.viewers.map((v) => v.userId).sort()).toEqual([one.user.id, two.user.id].sort());
  });
});
