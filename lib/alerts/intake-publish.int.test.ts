// The intake publishes the case as its own write left it (no second read):
// that summary must be exactly what the queue reads for the same case, for
// every kind of event. And a phone clock far ahead cannot pin a case's
// position against later genuine ones.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/alerts/route";
import { db } from "@/lib/server/db";
import { caseSummarySelect, toCaseSummary } from "@/lib/cases/summary";
import { openPoint } from "@/lib/cases/summary-open";
import { keyring } from "@/lib/privacy/keys-data";
import { withPlace } from "@/lib/cases/with-place";
import { consulateRoom, regionCasesRoom, regionRoom } from "@/lib/cases/policy";
import { panicEvent } from "@/lib/alerts/testing/panic";
import { createStaff, createTestRelayKey, ensureNetwork, signedRequest } from "@/lib/server/testing/fixtures";
import { captureRealtime } from "@/lib/server/testing/fake-io";

type Key = Awaited<ReturnType<typeof createTestRelayKey>>;
let key: Key;
let realtime: ReturnType<typeof captureRealtime>;

const post = async (body: unknown) => {
  const response = await POST(signedRequest({ key, body }));
  return { status: response.status, body: await response.json() };
};

const readSummary = async (caseId: string) => {
  const row = await db.case.findUniqueOrThrow({ where: { id: caseId }, select: caseSummarySelect });
  // The queue's read adds the place (lib/cases/data.ts); the region is sent neither point nor place.
  const bare = toCaseSummary(await keyring(), row);
  return { summary: withPlace(bare), bare, rooms: [consulateRoom(row.consulateId)], regionId: row.consulate.regionId };
};

/**
 * Posts an event and returns what the consulate's officers were sent for it,
 * and what the queue reads afterwards. The region is sent the same case
 * without its point, and its regional view only which consulate moved.
 */
const publishedAndRead = async (event: unknown) => {
  const from = realtime.emitted.length;
  const res = await post(event);
  expect(res.status).toBe(202);
  const read = await readSummary(res.body.caseId);
  const sent = realtime.emitted.slice(from);
  const toOfficers = sent.filter((e) => e.rooms.some((room) => room.startsWith("consulate:")));
  expect(toOfficers).toHaveLength(1);
  expect(sent.filter((e) => !toOfficers.includes(e))).toEqual([
    { event: toOfficers[0].event, rooms: [regionCasesRoom(read.regionId)], payload: { ...read.bare, lastLocation: null } },
    { event: "region:changed", rooms: [regionRoom(read.regionId)], payload: { consulateCode: read.summary.consulateCode } },
  ]);
  return { sent: toOfficers[0], read, result: res.body.result as string };
};

const location = (alertId: string, at: Date, lat = 34.06) => ({
  eventId: randomUUID(), type: "location", alertId, occurredAt: at.toISOString(),
  location: { lat, lng: -118.25, accuracyM: 12, capturedAt: at.toISOString() },
});

beforeAll(async () => {
  await ensureNetwork();
  key = await createTestRelayKey();
  realtime = captureRealtime();
});

afterAll(() => realtime.release());

describe("[INTAKE] what officers are sent is what the queue reads", () => {
  it("for a new case, a repeated press, a location, a cancel and a duress cancel", async () => {
    const panic = panicEvent();
    const created = await publishedAndRead(panic);
    expect(created.sent).toEqual({ event: "case:created", rooms: created.read.rooms, payload: created.read.summary });

    const again = await publishedAndRead(panicEvent({ person: panic.person }));
    expect(again.result).toBe("appended");
    expect(again.sent).toEqual({ event: "case:updated", rooms: again.read.rooms, payload: again.read.summary });

    const moved = await publishedAndRead(location(panic.alertId!, new Date()));
    expect(moved.sent.payload).toEqual(moved.read.summary);
    expect(moved.sent.payload).toMatchObject({ place: { town: "Los Angeles", region: "CA", county: { name: "Los Angeles" } } });

    const cancel = { eventId: randomUUID(), type: "cancel", alertId: panic.alertId, occurredAt: new Date().toISOString(), reason: "safe", duress: false };
    const cancelled = await publishedAndRead(cancel);
    expect(cancelled.sent.payload).toEqual(cancelled.read.summary);
    expect(cancelled.read.summary).toMatchObject({ rescinded: true, pressCount: 2 });
  });

  it("for a case with an owner, reopened by a duress cancel", async () => {
    const { user } = await createStaff("OFFICER", { consulate: "LAX" });
    const panic = panicEvent();
    const first = await post(panic);
    await db.case.update({ where: { id: first.body.caseId }, data: { status: "NOT_DETAINED", ownerId: user.id, acknowledgedAt: new Date(), closedAt: new Date() } });
    const duress = { eventId: randomUUID(), type: "cancel", alertId: panic.alertId, occurredAt: new Date().toISOString(), reason: "mistake", duress: true };
    const reopened = await publishedAndRead(duress);
    expect(reopened.sent.payload).toEqual(reopened.read.summary);
    expect(reopened.read.summary).toMatchObject({ status: "ACKNOWLEDGED", priority: "CRITICAL", duress: true, owner: { id: user.id, name: user.name } });
  });
});

describe("[INTAKE] a phone clock far ahead", () => {
  it("does not pin the case's position against later genuine updates", async () => {
    const panic = panicEvent({ location: null });
    const { body } = await post(panic);
    const yearAhead = new Date(Date.now() + 365 * 24 * 3600_000);
    expect((await post(location(panic.alertId!, yearAhead, 34.1))).status).toBe(202);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await post(location(panic.alertId!, new Date(), 34.2))).status).toBe(202);
    const ring = await keyring();
    const stored = await db.case.findUniqueOrThrow({ where: { id: body.caseId }, select: { lastLocation: true, lastLocationAt: true } });
    expect(openPoint(ring, stored.lastLocation)?.lat).toBeCloseTo(34.2);
    expect(stored.lastLocationAt!.getTime()).toBeLessThanOrEqual(Date.now());
    // Both positions stay on the trail, in the order they were taken.
    const trail = await db.caseLocation.findMany({ where: { caseId: body.caseId }, orderBy: { capturedAt: "asc" }, select: { point: true } });
    expect(trail.map((t) => openPoint(ring, t.point)?.lat)).toEqual([34.1, 34.2]);
  });
});
