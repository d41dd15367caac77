// Poison input (issue 9): values PostgreSQL cannot store, or a body deep
// enough to exhaust a recursive walk, are refused with a 400 that names the
// field, before any write. Before, each was a 503 that the relay would retry
// for ever, and the person never got a case.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/alerts/route";
import { panicEvent } from "@/lib/alerts/testing/panic";
import { countRows, createTestRelayKey, ensureNetwork, signedRequest } from "@/lib/server/testing/fixtures";

type Key = Awaited<ReturnType<typeof createTestRelayKey>>;
let key: Key;

const post = async (body: unknown, raw?: string) => {
  const response = await POST(signedRequest({ key, body, raw }));
  return { status: response.status, body: await response.json() };
};

/** The panic with one field replaced, by dotted path. */
const panicWith = (path: string, value: unknown) => {
  const event = structuredClone(panicEvent()) as Record<string, unknown>;
  const keys = path.split(".");
  let target = event as Record<string, unknown>;
  for (const k of keys.slice(0, -1)) target = target[k] as Record<string, unknown>;
  target[keys.at(-1)!] = value;
  return event;
};

const expectRefused = async (body: unknown, path: string, raw?: string) => {
  const before = await countRows();
  const res = await post(body, raw);
  expect(res.status).toBe(400);
  expect(res.body.error).toBe("invalid_body");
  expect(res.body.issues.map((i: { path: string }) => i.path)).toContain(path);
  expect(await countRows()).toEqual(before);
};

beforeAll(async () => {
  await ensureNetwork();
  key = await createTestRelayKey();
});

describe("[INTAKE] poison input is a 400 naming the field, and stores nothing", () => {
  it.each([
    ["a NUL character", "person.fullName", "María\u0000 Hernández"],
    ["a NUL character", "person.appUserId", "u_\u0000"],
    ["a NUL character", "message", "Me detuvieron\u0000"],
    ["a NUL character", "contacts.0.name", "José\u0000"],
    // JSON.stringify writes a lone surrogate as its \\u escape, as a relay would.
    ["a lone surrogate", "person.fullName", "María \ud800 Hernández"],
    ["a lone surrogate", "person.appUserId", "u_\udc00"],
    ["a lone surrogate", "message", "Me detuvieron \ud83d"],
    ["a lone surrogate", "contacts.0.name", "José \udfff"],
  ])("%s in %s", async (_kind, path, value) => {
    await expectRefused(panicWith(path, value), path);
  });

  it("keeps a well-formed pair (an emoji) and accents", async () => {
    const res = await post(panicWith("message", "Estoy bien 🙏 — Ñoño"));
    expect(res.status).toBe(202);
  });

  it("occurredAt in year 0000, and a birth date in year 0000", async () => {
    await expectRefused(panicWith("occurredAt", "0000-01-01T00:00:00Z"), "occurredAt");
    await expectRefused(panicWith("location.capturedAt", "0000-06-01T00:00:00Z"), "location.capturedAt");
    await expectRefused(panicWith("person.birthDate", "0000-05-02"), "person.birthDate");
    const cancel = { eventId: randomUUID(), type: "cancel", alertId: randomUUID(), occurredAt: "0000-01-01T00:00:00+00:00", reason: "safe", duress: false };
    await expectRefused(cancel, "occurredAt");
  });

  it("accepts a phone clock reset to 1970: the alert still counts", async () => {
    const res = await post(panicWith("occurredAt", "1970-01-01T00:00:05Z"));
    expect(res.status).toBe(202);
  });

  it("JSON nested 20,000 levels deep (the issue met 4,000; the 64 KiB limit allows about 30,000)", async () => {
    const deep = `${"[".repeat(20_000)}${"]".repeat(20_000)}`;
    const text = JSON.stringify(panicEvent()).replace(/"message":"[^"]*"/, `"message":${deep}`);
    await expectRefused(null, "message", text);
    const unknownKey = JSON.stringify({ ...panicEvent(), extra: 1 }).replace('"extra":1', `"extra":${deep}`);
    const before = await countRows();
    expect((await post(null, unknownKey)).status).toBe(400);
    expect(await countRows()).toEqual(before);
  });
});
