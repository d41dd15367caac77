// The relay's intake against hostile events (issue 11), property-based: any
// field of a panic, location or cancel replaced by a hostile value, unknown
// fields, bodies that are not JSON or are nested deep, all correctly signed so
// that the schema and the database are what answers. Every answer is one of
// docs/alert-api.md's (never a 5xx: the database is up, so not even 503), and
// a refused event stores nothing.
import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/alerts/route";
import { panicEvent } from "@/lib/alerts/testing/panic";
import { signBody } from "@/lib/server/http/relay-signature";
import { createTestRelayKey, ensureNetwork } from "@/lib/server/testing/fixtures";
import { expectContractAnswer, hostileContentType, hostileRawBody, hostileValue, mutatedBody, poisoned, writeFingerprint } from "@/lib/server/testing/hostile";

type Key = Awaited<ReturnType<typeof createTestRelayKey>>;
type Json = Record<string, unknown>;

beforeAll(async () => {
  await ensureNetwork();
});

/** The dotted paths of every leaf of a JSON object ("person.fullName", "contacts.0.name"). */
const leaves = (value: unknown, prefix = ""): string[] =>
  value !== null && typeof value === "object"
    ? Object.entries(value).flatMap(([key, child]) => leaves(child, prefix ? `${prefix}.${key}` : key))
    : [prefix];

const withLeaf = (event: Json, path: string, leaf: unknown): Json => {
  const copy = structuredClone(event);
  const keys = path.split(".");
  let target = copy as Json;
  for (const key of keys.slice(0, -1)) target = target[key] as Json;
  target[keys.at(-1)!] = leaf;
  return copy;
};

const leafOf = (event: Json, path: string) => path.split(".").reduce<unknown>((value, key) => (value as Json)[key], event);

// Each event is built when a run starts, so that an accepted one never makes the next a duplicate.
const events: Record<string, () => Json> = {
  panic: () => panicEvent() as Json,
  location: () => ({
    eventId: randomUUID(),
    type: "location",
    alertId: randomUUID(),
    occurredAt: new Date().toISOString(),
    location: { lat: 34.05, lng: -118.24, accuracyM: 20, capturedAt: new Date().toISOString() },
  }),
  cancel: () => ({ eventId: randomUUID(), type: "cancel", alertId: randomUUID(), occurredAt: new Date().toISOString(), reason: "safe", duress: false }),
};

type Sent = { body?: unknown; raw?: string | Uint8Array<ArrayBuffer>; contentType?: string };

const hostileEvent = (build: () => Json): fc.Arbitrary<Sent> => {
  const template = build();
  return fc.oneof(
    { arbitrary: fc.tuple(fc.constantFrom(...leaves(template)), hostileValue).map(([path, value]) => ({ body: withLeaf(build(), path, value) })), weight: 4 },
    { arbitrary: mutatedBody(template).map((body) => ({ body })), weight: 2 },
    hostileRawBody.map((raw) => ({ raw })),
    hostileContentType.map((contentType) => ({ body: build(), contentType })),
  );
};

// Signed over the exact bytes sent, whether or not they are UTF-8.
const post = ({ key, sent: { body, raw, contentType = "application/json" } }: { key: Key; sent: Sent }) => {
  const bytes = raw ?? JSON.stringify(body);
  return POST(
    new Request("http://localhost/api/v1/alerts", {
      method: "POST",
      headers: { "content-type": contentType, "x-alert-key": key.id, "x-alert-signature": signBody({ secret: key.secret, body: bytes }) },
      body: bytes,
    }),
  );
};

const expectIntakeContract = async (key: Key, sent: Sent) => {
  const before = await writeFingerprint();
  const response = await post({ key, sent });
  if (response.status < 300) {
    expect(await response.json()).toEqual(expect.objectContaining({ result: expect.stringMatching(/^(created|appended|duplicate)$/) }));
    return null;
  }
  const refusal = await expectContractAnswer(response);
  expect(await writeFingerprint()).toBe(before);
  return refusal;
};

describe("[INTAKE] hostile events", () => {
  it.each(Object.keys(events))("%s: one of the contract's answers, never a 5xx, and a refusal stores nothing", async (type) => {
    // A key per property: its rate limit (burst 200) is never what answers.
    const key = await createTestRelayKey();
    await fc.assert(
      fc.asyncProperty(hostileEvent(events[type]), async (sent) => {
        await expectIntakeContract(key, sent);
      }),
      { numRuns: 60 },
    );
  });

  it("NUL or a lone surrogate in any string of a panic is a 400 naming it", async () => {
    const key = await createTestRelayKey();
    const template = panicEvent() as Json;
    const strings = leaves(template).filter((path) => typeof leafOf(template, path) === "string");
    const poisonedPanic = fc
      .constantFrom(...strings)
      .chain((path) => poisoned(leafOf(template, path) as string).map((bad) => ({ path, body: withLeaf(panicEvent() as Json, path, bad) })));
    await fc.assert(
      fc.asyncProperty(poisonedPanic, async ({ path, body }) => {
        const refusal = await expectIntakeContract(key, { body });
        expect(refusal?.error).toBe("invalid_body");
        expect(refusal?.issues?.map((issue) => issue.path)).toContain(path);
      }),
      { numRuns: 60 },
    );
  });
});
