// Rows from before personal data was sealed: written in clear as the old
// code wrote them, then sealed by the app (lib/privacy/legacy-mutations.ts),
// readable through the data functions and found by the blind search.
import { randomBytes, randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { createCaseAt, createStaff, ensureNetwork } from "@/lib/server/testing/fixtures";
import { openPoint } from "@/lib/cases/summary-open";
import { blindSearch } from "@/lib/cases/search";
import { keyring } from "./keys-data";
import { isSealed } from "./keyring";
import { openPerson } from "./person";
import { openTimelineData } from "./timeline";
import { sealLegacyRows } from "./legacy-mutations";

const token = randomBytes(3).toString("hex").replace(/\d/g, "q");
let caseId: string;
let personId: string;

beforeAll(async () => {
  await ensureNetwork();
  const made = await createCaseAt();
  caseId = made.id;
  personId = made.personId;
  // As the code before migration 20261227000100 left them: clear values everywhere.
  await db.$executeRaw`UPDATE "people" SET "full_name" = ${`Legado Pérez ${token}`}, "phone" = '+13235550199', "birth_date" = '1990-04-01', "a_number" = '012345679' WHERE "id" = ${personId}::uuid`;
  await db.$executeRaw`UPDATE "cases" SET "message" = 'Me detienen en la calle 5', "legacy_last_lat" = 34.05, "legacy_last_lng" = -118.25, "legacy_last_accuracy_m" = 8 WHERE "id" = ${caseId}::uuid`;
  const eventId = randomUUID();
  await db.$executeRaw`INSERT INTO "case_locations" ("case_id", "event_id", "legacy_lat", "legacy_lng", "captured_at") VALUES (${caseId}::uuid, ${eventId}::uuid, 34.05, -118.25, now())`;
  await db.$executeRaw`INSERT INTO "case_contacts" ("case_id", "event_id", "name", "phone") VALUES (${caseId}::uuid, ${eventId}::uuid, 'Rosa Legado', '+13235550100')`;
  await db.$executeRaw`INSERT INTO "case_timeline" ("case_id", "kind", "data") VALUES (${caseId}::uuid, 'LOCATION_UPDATED', '{"alertId": "a", "lat": 34.05, "lng": -118.25, "accuracyM": 8}')`;
  // A declined transfer, and one a purge emptied ('' stays '': nothing to seal).
  const houston = await db.consulate.findUniqueOrThrow({ where: { code: "HOU" }, select: { id: true } });
  const requester = await createStaff("LEGAL_AID", { consulate: "LAX" });
  for (const [reason, declineReason] of [["Su hermana Rosa vive en Houston", "Sin cupo esta semana"], ["", null]]) {
    await db.$executeRaw`
      INSERT INTO "case_transfers" ("id", "case_id", "from_consulate_id", "to_consulate_id", "reason", "decline_reason", "status", "requested_by_id", "decided_at")
      SELECT gen_random_uuid(), ${caseId}::uuid, "consulate_id", ${houston.id}::uuid, ${reason}, ${declineReason}, 'DECLINED', ${requester.user.id}::uuid, now()
      FROM "cases" WHERE "id" = ${caseId}::uuid`;
  }
});

describe("sealing rows written before encryption", () => {
  it("seals every clear value, empties the old columns, and keeps them readable and searchable", async () => {
    const counts = await sealLegacyRows();
    expect(counts).toMatchObject({ people: expect.any(Number), cases: expect.any(Number), case_locations: expect.any(Number), case_contacts: expect.any(Number), case_timeline: expect.any(Number) });
    const ring = await keyring();

    const person = await db.person.findUniqueOrThrow({ where: { id: personId } });
    for (const value of [person.fullName, person.phone, person.birthDate, person.aNumber]) expect(isSealed(value)).toBe(true);
    expect(openPerson(ring, person)).toMatchObject({ fullName: `Legado Pérez ${token}`, phone: "+13235550199", birthDate: "1990-04-01", aNumber: "012345679" });
    expect(person.aNumberBidx).toMatch(/^a:/);

    const [row] = await db.$queryRaw<{ message: string; last_location: string; legacy_last_lat: number | null }[]>`
      SELECT "message", "last_location", "legacy_last_lat" FROM "cases" WHERE "id" = ${caseId}::uuid`;
    expect(ring.open(row.message)).toBe("Me detienen en la calle 5");
    expect(openPoint(ring, row.last_location)).toEqual({ lat: 34.05, lng: -118.25, accuracyM: 8 });
    expect(row.legacy_last_lat).toBeNull();

    const trail = await db.caseLocation.findMany({ where: { caseId } });
    expect(trail.map((t) => openPoint(ring, t.point))).toEqual([{ lat: 34.05, lng: -118.25, accuracyM: null }]);
    const [contact] = await db.caseContact.findMany({ where: { caseId } });
    expect([ring.open(contact.name), ring.open(contact.phone)]).toEqual(["Rosa Legado", "+13235550100"]);
    const [entry] = await db.caseTimelineEntry.findMany({ where: { caseId, kind: "LOCATION_UPDATED" } });
    expect(JSON.stringify(entry.data)).not.toContain("34.05");
    expect(openTimelineData(ring, entry.data)).toEqual({ alertId: "a", lat: 34.05, lng: -118.25, accuracyM: 8 });

    const transfers = await db.caseTransfer.findMany({ where: { caseId }, orderBy: { reason: "desc" }, select: { reason: true, declineReason: true } });
    expect(transfers.map((t) => [t.reason === "" ? "" : ring.open(t.reason), ring.open(t.declineReason)])).toEqual([
      ["Su hermana Rosa vive en Houston", "Sin cupo esta semana"],
      ["", null],
    ]);
    expect(isSealed(transfers[0].reason) && isSealed(transfers[0].declineReason)).toBe(true);

    // The queue finds the person by whole words of the name, and by the A-number.
    const found = async (q: string) => db.case.count({ where: { id: caseId, searchTokens: { hasSome: (await blindSearch(q))!.terms[0] } } });
    expect(await found(token)).toBe(1);
    expect(await found("A-012-345-679")).toBe(1);
  });

  it("does nothing on a database already sealed", async () => {
    expect(await sealLegacyRows()).toEqual({});
  });
});
