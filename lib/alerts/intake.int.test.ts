// The intake contract (docs/alert-api.md) row by row, through the real
// route handler and the real PostgreSQL.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/alerts/route";
import { db } from "@/lib/server/db";
import { revokeRelayKey } from "@/lib/relay-keys/mutations";
import { panicEvent } from "@/lib/alerts/testing/panic";
import { openPoint } from "@/lib/cases/summary-open";
import { keyring } from "@/lib/privacy/keys-data";
import { countRows, createTestRelayKey, ensureNetwork, signedRequest } from "@/lib/server/testing/fixtures";

type Key = Awaited<ReturnType<typeof createTestRelayKey>>;

const post = async (key: Key, body: unknown, options: { raw?: string; timestamp?: number; contentType?: string } = {}) => {
  const response = await POST(signedRequest({ key, body, ...options }));
  return { status: response.status, body: await response.json(), headers: response.headers };
};

// The case as stored, with its sealed values opened the way the data functions open them.
const caseOf = async (caseId: string) => {
  const ring = await keyring();
  const stored = await db.case.findUniqueOrThrow({
    where: { id: caseId },
    include: { consulate: true, timeline: { orderBy: { id: "asc" } }, contacts: true, locations: true, alerts: true },
  });
  const last = openPoint(ring, stored.lastLocation);
  return {
    ...stored,
    lastLat: last?.lat ?? null,
    lastAccuracyM: last?.accuracyM ?? null,
    contacts: stored.contacts.map((c) => ({ ...c, name: ring.open(c.name) })),
  };
};

let key: Key;

beforeAll(async () => {
  await ensureNetwork();
  key = await createTestRelayKey();
});

describe("[INTAKE] 202: stored durably", () => {
  it("opens a case in the consulate whose county holds the location", async () => {
    const event = panicEvent();
    const { status, body } = await post(key, event);
    expect(status).toBe(202);
    expect(body).toEqual({ eventId: event.eventId, alertId: event.alertId, caseId: expect.any(String), result: "created" });
    const stored = await caseOf(body.caseId);
    expect(stored.consulate.code).toBe("LAX");
    expect(stored.number).toMatch(/^LAX-\d{4}-\d{6}$/);
    expect(stored.status).toBe("NEW");
    expect(stored.contacts.map((c) => c.name)).toEqual(["José Hernández"]);
    expect(stored.locations).toHaveLength(1);
    expect(stored.lastLat).toBeCloseTo(34.0522);
    expect(stored.timeline.map((t) => t.kind)).toEqual(["ALERT_RECEIVED"]);
    expect(stored.timeline[0].data).toMatchObject({ routing: "county", countyFips: "06037" });
  });

  it("numbers cases per consulate in sequence", async () => {
    const a = await post(key, panicEvent());
    const b = await post(key, panicEvent());
    const [na, nb] = await Promise.all([caseOf(a.body.caseId), caseOf(b.body.caseId)]);
    expect(Number(nb.number.slice(-6))).toBe(Number(na.number.slice(-6)) + 1);
  });

  it("routes an alert without a location to the registered consulate", async () => {
    const event = panicEvent({ location: null });
    event.person.registeredConsulate = "HOU";
    const { status, body } = await post(key, event);
    expect(status).toBe(202);
    const stored = await caseOf(body.caseId);
    expect(stored.consulate.code).toBe("HOU");
    expect(stored.lastLat).toBeNull();
  });

  it("appends a repeated press of the same person to the open case and flags it", async () => {
    const first = panicEvent();
    const again = panicEvent({ person: first.person });
    const a = await post(key, first);
    const b = await post(key, again);
    expect(b.status).toBe(202);
    expect(b.body).toMatchObject({ result: "appended", caseId: a.body.caseId, alertId: again.alertId });
    const stored = await caseOf(a.body.caseId);
    expect(stored.pressedAgain).toBe(true);
    expect(stored.pressCount).toBe(2);
    expect(stored.alerts).toHaveLength(2);
    expect(stored.timeline.map((t) => t.kind)).toEqual(["ALERT_RECEIVED", "PRESSED_AGAIN"]);
  });

  it("takes a newer location, and keeps the newest when an older one arrives late", async () => {
    const panic = panicEvent();
    const { body } = await post(key, panic);
    const later = new Date(Date.now() + 60_000).toISOString();
    const earlier = new Date(Date.now() - 60_000).toISOString();
    const move = { eventId: randomUUID(), type: "location", alertId: panic.alertId, occurredAt: later, location: { lat: 34.06, lng: -118.25, accuracyM: 10, capturedAt: later } };
    const stale = { eventId: randomUUID(), type: "location", alertId: panic.alertId, occurredAt: earlier, location: { lat: 33.9, lng: -118.1, capturedAt: earlier } };
    expect((await post(key, move)).body).toMatchObject({ result: "appended", caseId: body.caseId });
    expect((await post(key, stale)).status).toBe(202);
    const stored = await caseOf(body.caseId);
    expect(stored.locations).toHaveLength(3);
    expect(stored.lastLat).toBeCloseTo(34.06);
    expect(stored.lastAccuracyM).toBe(10);
  });

  it("marks a safe cancel as rescinded for an officer to confirm, without closing", async () => {
    const panic = panicEvent();
    const { body } = await post(key, panic);
    const cancel = { eventId: randomUUID(), type: "cancel", alertId: panic.alertId, occurredAt: new Date().toISOString(), reason: "safe", duress: false };
    const res = await post(key, cancel);
    expect(res).toMatchObject({ status: 202, body: { result: "appended", caseId: body.caseId } });
    const stored = await caseOf(body.caseId);
    expect(stored).toMatchObject({ rescinded: true, rescindReason: "safe", status: "NEW", duress: false });
  });

  it("escalates a duress cancel to the top and answers exactly like an ordinary cancel", async () => {
    const [p1, p2] = [panicEvent(), panicEvent()];
    const [c1, c2] = await Promise.all([post(key, p1), post(key, p2)]);
    const cancel = (alertId: string, duress: boolean) => ({ eventId: randomUUID(), type: "cancel", alertId, occurredAt: new Date().toISOString(), reason: "safe", duress });
    const normal = await post(key, cancel(p1.alertId, false));
    const forced = await post(key, cancel(p2.alertId, true));
    const shape = (r: typeof normal) => ({ status: r.status, keys: Object.keys(r.body).sort(), result: r.body.result });
    expect(shape(forced)).toEqual(shape(normal));
    const stored = await caseOf(c2.body.caseId);
    expect(stored).toMatchObject({ duress: true, priority: "CRITICAL", rescinded: false, status: "NEW" });
    expect(stored.timeline.at(-1)?.kind).toBe("DURESS_ESCALATED");
    expect((await caseOf(c1.body.caseId)).duress).toBe(false);
  });
});

describe("[ESCALATION] duress on a case someone already ended", () => {
  it("brings the case back, at the top, for whoever owned it", async () => {
    const panic = panicEvent();
    const { body } = await post(key, panic);
    await db.case.update({ where: { id: body.caseId }, data: { status: "NOT_DETAINED", closedAt: new Date() } });
    const cancel = { eventId: randomUUID(), type: "cancel", alertId: panic.alertId, occurredAt: new Date().toISOString(), reason: "mistake", duress: true };
    expect((await post(key, cancel)).body.result).toBe("appended");
    const stored = await caseOf(body.caseId);
    expect(stored).toMatchObject({ status: "NEW", duress: true, priority: "CRITICAL", closedAt: null });
    expect(stored.timeline.slice(-2).map((t) => t.kind)).toEqual(["REOPENED", "DURESS_ESCALATED"]);
  });
});

describe("[INTAKE] 200 duplicate and 409 conflict", () => {
  it("answers a retry with the same body as a duplicate and changes nothing", async () => {
    const event = panicEvent();
    const first = await post(key, event);
    const before = await countRows();
    const retry = await post(key, event);
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual({ ...first.body, result: "duplicate" });
    // The same meaning with other key order and whitespace is the same body.
    const reordered = JSON.stringify(Object.fromEntries(Object.entries(event).reverse()), null, 2);
    expect((await post(key, event, { raw: reordered })).body.result).toBe("duplicate");
    expect(await countRows()).toEqual(before);
  });

  it("refuses the same eventId with another body", async () => {
    const event = panicEvent();
    await post(key, event);
    const before = await countRows();
    const res = await post(key, { ...event, message: "otro mensaje" });
    expect(res).toMatchObject({ status: 409, body: { error: "event_conflict" } });
    expect(await countRows()).toEqual(before);
  });

  it("makes one case of two identical requests racing", async () => {
    const event = panicEvent();
    const results = await Promise.all([post(key, event), post(key, event), post(key, event)]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 200, 202]);
    expect(new Set(results.map((r) => r.body.caseId)).size).toBe(1);
    const appUserId = event.person.appUserId;
    expect(await db.case.count({ where: { person: { appUserId } } })).toBe(1);
  });

  it("makes one case of several presses of one person racing", async () => {
    const first = panicEvent();
    const presses = [first, ...Array.from({ length: 4 }, () => panicEvent({ person: first.person }))];
    const results = await Promise.all(presses.map((p) => post(key, p)));
    expect(results.map((r) => r.body.result).sort()).toEqual(["appended", "appended", "appended", "appended", "created"]);
    expect(new Set(results.map((r) => r.body.caseId)).size).toBe(1);
    expect((await caseOf(results[0].body.caseId)).pressCount).toBe(5);
  });
});

describe("[INTAKE] rejected requests store nothing", () => {
  it("400 for a body that is not JSON", async () => {
    const before = await countRows();
    const res = await post(key, null, { raw: "{not json" });
    expect(res).toMatchObject({ status: 400, body: { error: "invalid_body", issues: [expect.objectContaining({ message: expect.any(String) })] } });
    expect(await countRows()).toEqual(before);
  });

  it("400 with the path of every schema failure", async () => {
    const before = await countRows();
    const event = panicEvent({ location: { lat: 123, lng: -118 }, contacts: new Array(11).fill({ name: "x" }) });
    event.person.curp = "NOT-A-CURP";
    const res = await post(key, event);
    expect(res.status).toBe(400);
    const paths = res.body.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(expect.arrayContaining(["location.lat", "contacts", "person.curp"]));
    expect(await countRows()).toEqual(before);
  });

  it("400 for an unknown event type or an unknown field", async () => {
    expect((await post(key, { ...panicEvent(), type: "reboot" })).status).toBe(400);
    expect((await post(key, { ...panicEvent(), extra: 1 })).status).toBe(400);
  });

  it("404 retryable for a location or cancel of an alert never seen", async () => {
    const before = await countRows();
    const alertId = randomUUID();
    const location = { eventId: randomUUID(), type: "location", alertId, occurredAt: new Date().toISOString(), location: { lat: 34, lng: -118 } };
    const cancel = { eventId: randomUUID(), type: "cancel", alertId, occurredAt: new Date().toISOString(), reason: "mistake", duress: false };
    for (const body of [location, cancel]) {
      expect(await post(key, body)).toMatchObject({ status: 404, body: { error: "unknown_alert", retryable: true } });
    }
    expect(await countRows()).toEqual(before);
  });

  it("401 with no detail for unknown, revoked or wrong keys, bad signatures and stale timestamps", async () => {
    const own = await createTestRelayKey();
    const revoked = await createTestRelayKey();
    await revokeRelayKey({ id: revoked.id });
    const before = await countRows();
    const now = Math.floor(Date.now() / 1000);
    const attempts = [
      post({ id: "nobody", secret: "x" }, panicEvent()),
      post(revoked, panicEvent()),
      post({ id: own.id, secret: "wrong-secret" }, panicEvent()),
      post(own, panicEvent(), { timestamp: now - 301 }),
      post(own, panicEvent(), { timestamp: now + 301 }),
    ];
    for (const res of await Promise.all(attempts)) {
      expect(res.status).toBe(401);
      expect(res.body).toEqual({ error: "unauthorized" });
    }
    const unsigned = await POST(new Request("http://localhost/api/v1/alerts", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" }));
    expect(unsigned.status).toBe(401);
    expect(await countRows()).toEqual(before);
    expect((await post(own, panicEvent(), { timestamp: now - 299 })).status).toBe(202);
  });

  it("413 for a body over 64 KiB", async () => {
    const before = await countRows();
    const res = await post(key, panicEvent({ message: "x".repeat(70 * 1024) }));
    expect(res).toMatchObject({ status: 413, body: { error: "payload_too_large" } });
    expect(await countRows()).toEqual(before);
  });

  it("415 for anything but application/json", async () => {
    const res = await post(key, panicEvent(), { contentType: "text/plain" });
    expect(res).toMatchObject({ status: 415, body: { error: "unsupported_media_type" } });
    const withCharset = await post(key, panicEvent(), { contentType: "application/json; charset=utf-8" });
    expect(withCharset.status).toBe(202);
  });

  it("429 with Retry-After once a key is over its rate, without touching other keys", async () => {
    const busy = await createTestRelayKey();
    const burst = Number(process.env.RELAY_RATE_BURST ?? 200);
    const statuses: number[] = [];
    for (let i = 0; i <= burst; i++) statuses.push((await post(busy, { type: "noise" })).status);
    expect(statuses.slice(0, burst).every((s) => s === 400)).toBe(true);
    const limited = await post(busy, panicEvent());
    expect(limited).toMatchObject({ status: 429, body: { error: "rate_limited" } });
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect((await post(key, panicEvent())).status).toBe(202);
  });

  it("503 with Retry-After when the database cannot commit, and nothing is kept", async () => {
    const marker = `commit-fails-${randomUUID()}`;
    // A deferred constraint trigger fails at COMMIT itself, the moment the contract cares about.
    await db.$executeRawUnsafe(`
      CREATE OR REPLACE FUNCTION test_fail_commit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.app_user_id = '${marker}' THEN RAISE EXCEPTION 'simulated commit failure'; END IF;
        RETURN NULL;
      END $$`);
    await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS test_fail_commit ON people`);
    await db.$executeRawUnsafe(
      `CREATE CONSTRAINT TRIGGER test_fail_commit AFTER INSERT ON people DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION test_fail_commit()`,
    );
    try {
      const before = await countRows();
      // The person's app id: the one field of a panic stored in clear (the message is sealed).
      const event = panicEvent();
      event.person.appUserId = marker;
      const res = await post(key, event);
      expect(res).toMatchObject({ status: 503, body: { error: "unavailable" } });
      expect(Number(res.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
      expect(await countRows()).toEqual(before);
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS test_fail_commit ON people`);
    }
  });
});
