// The detection loop as server.ts runs it: panics that arrive through the
// relay's intake wake it, so a raid's incident opens without waiting for the
// next poll (here the poll is a minute away).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { createTestRelayKey, ensureNetwork, signedRequest } from "@/lib/server/testing/fixtures";
import { panicEvent } from "@/lib/alerts/testing/panic";
import { startIncidentDetection } from "./detection-loop";

const { POST } = await import("@/app/api/v1/alerts/route");

// Pomona, in Los Angeles County (LAX): no other suite places its panics here.
const POMONA = { lat: 34.0551, lng: -117.7523 };

let loop: ReturnType<typeof startIncidentDetection>;

beforeAll(async () => {
  await ensureNetwork();
  await db.consulate.update({ where: { code: "LAX" }, data: { raidRadiusKm: 2, raidWindowMinutes: 15, raidProposeAt: 5, raidOpenAt: 10 } });
  loop = startIncidentDetection({ intervalMs: 60_000 });
  // Its first pass runs at once; the panics below come after it.
  await new Promise((resolve) => setTimeout(resolve, 300));
});

afterAll(() => loop.stop());

const until = async (check: () => Promise<boolean>, ms = 10_000) => {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
};

describe("[ESCALATION] the detection loop", () => {
  it("opens an incident for ten panics through the intake, woken by the intake and not by its poll", async () => {
    const key = await createTestRelayKey();
    const caseIds: string[] = [];
    for (let i = 0; i < 10; i++) {
      const now = new Date().toISOString();
      const location = { lat: POMONA.lat + (i % 5) * 0.002, lng: POMONA.lng - Math.floor(i / 5) * 0.002, accuracyM: 20, capturedAt: now };
      const response = await POST(signedRequest({ key, body: panicEvent({ location, occurredAt: now }) }));
      expect(response.status).toBe(202);
      caseIds.push((await response.json()).caseId);
    }
    const allIn = async () => {
      const rows = await db.case.findMany({ where: { id: { in: caseIds } }, select: { incidentId: true, incident: { select: { status: true } } } });
      return rows.every((r) => r.incidentId !== null && r.incidentId === rows[0].incidentId && r.incident?.status === "OPEN");
    };
    expect(await until(allIn)).toBe(true);
    const incident = await db.case.findUniqueOrThrow({ where: { id: caseIds[0] }, select: { incident: { select: { openedById: true, openedAt: true } } } });
    expect(incident.incident).toMatchObject({ openedById: null, openedAt: expect.any(Date) });
  });
});
