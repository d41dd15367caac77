// The retention run against the real PostgreSQL: exactly the cases the
// schedule names are coarsened and purged, a case on legal hold or not ended
// never is, a second run does nothing more, each batch is audited, the
// append-only tables still refuse changes outside the run, and the monthly
// report's figures do not move.
import { keyring } from "@/lib/privacy/keys-data";
import { sealLocation } from "@/lib/privacy/intake-seal";
import { openPerson } from "@/lib/privacy/person";
import { openTimelineData, sealTimelineData } from "@/lib/privacy/timeline";
import { randomBytes, randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { runOneJob } from "@/lib/server/jobs/queue";
import { createCaseAt, createStaff, createTestRelayKey, ensureNetwork, updatePerson } from "@/lib/server/testing/fixtures";
import { getMonthlySummary } from "@/lib/reports/summary-data";
import type { CaseStatus } from "@/lib/generated/prisma/enums";
import { fireRetention, nextRunAt, RETENTION_QUEUE, retentionJobKey } from "./job";
import { runRetentionNow } from "./run-mutations";
import { retentionStep } from "./run";
import { ensureNextNight } from "./schedule-mutations";
import { ingestAlertEvent } from "@/lib/alerts/mutations";
import { alertEventSchema } from "@/lib/alerts/schema";

const DAY = 86_400_000;
let relayKeyId: string;
let author: Awaited<ReturnType<typeof createStaff>>;

beforeAll(async () => {
  await ensureNetwork();
  relayKeyId = (await createTestRelayKey()).id;
  author = await createStaff("OFFICER", { consulate: "SAN" });
  // Other files' defaults may have been edited: this one counts on the migration's.
  await db.retentionPolicy.update({ where: { class: "RESCINDED" }, data: { coarsenAfterDays: 30, purgeAfterDays: 365 } });
  await db.retentionPolicy.update({ where: { class: "NOT_DETAINED" }, data: { coarsenAfterDays: 30, purgeAfterDays: 365 } });
  await db.retentionPolicy.update({ where: { class: "CLOSED" }, data: { coarsenAfterDays: null, purgeAfterDays: 1825 } });
});

/** A case that ended `days` ago with everything personal a case can hold. */
const endedCase = async (status: CaseStatus, days: number, options: { hold?: boolean; alertAt?: Date } = {}) => {
  const now = Date.now();
  const row = await createCaseAt({ consulate: "SAN", status, ownerId: author.user.id, alertAt: options.alertAt, location: { lat: 32.7, lng: -117.1 } });
  // Everything sealed, as the app's own paths store it (lib/privacy).
  const ring = await keyring();
  const point = { lat: 32.7, lng: -117.1, accuracyM: 12 };
  await db.case.update({
    where: { id: row.id },
    data: {
      closedAt: new Date(now - days * DAY),
      message: ring.seal("ayuda"),
      rescindReason: status === "RESCINDED" ? "mistake" : null,
      lastLocation: sealLocation(ring, point),
      ...(options.hold && { legalHoldAt: new Date(), legalHoldById: author.user.id, legalHoldReason: "litigio" }),
    },
  });
  await updatePerson(row.personId, { phone: "+16195550100", curp: "AAAA000000HDFXXX00" });
  const alertId = randomUUID();
  await db.alert.create({ data: { id: alertId, personId: row.personId, caseId: row.id, occurredAt: new Date(now - (days + 1) * DAY) } });
  const eventId = randomUUID();
  await db.alertEvent.create({
    data: {
      eventId,
      alertId,
      type: "location",
      bodySha256: randomBytes(32).toString("hex"),
      payload: { sealed: ring.sealJson({ alertId, location: point }) },
      occurredAt: new Date(),
      relayKeyId,
    },
  });
  await db.alertEvent.create({
    data: {
      eventId: randomUUID(),
      alertId,
      type: "panic",
      bodySha256: randomBytes(32).toString("hex"),
      payload: { sealed: ring.sealJson({ alertId, person: { fullName: "Persona de Prueba" }, location: { lat: 32.7, lng: -117.1 } }) },
      occurredAt: new Date(),
      relayKeyId,
    },
  });
  await db.caseLocation.create({ data: { caseId: row.id, eventId, point: sealLocation(ring, point), capturedAt: new Date() } });
  await db.caseTimelineEntry.createMany({
    data: [
      { caseId: row.id, kind: "ALERT_RECEIVED", data: sealTimelineData(ring, "ALERT_RECEIVED", { alertId, message: "ayuda", routing: "location", countyFips: "06073" }) as object },
      { caseId: row.id, kind: "LOCATION_UPDATED", data: sealTimelineData(ring, "LOCATION_UPDATED", { alertId, ...point }) as object },
      { caseId: row.id, kind: "STATUS_CHANGED", actorUserId: author.user.id, data: { from: "IN_CONTACT", to: status, reason: "motivo personal" } },
    ],
  });
  const contact = await db.caseContact.create({ data: { caseId: row.id, eventId, name: ring.seal("Hermana"), phone: ring.seal("+16195550101") } });
  await db.familyMessage.create({
    data: { caseId: row.id, contactId: contact.id, template: "t", locale: "es", body: ring.seal("Su familiar"), phone: ring.seal("+16195550101"), createdById: author.user.id },
  });
  await db.caseNote.create({ data: { caseId: row.id, authorId: author.user.id, body: ring.seal("nota privada") } });
  await db.caseContactAttempt.create({ data: { caseId: row.id, authorId: author.user.id, contactName: ring.seal("Hermana"), phone: ring.seal("+1619"), result: "NO_ANSWER" } });
  return row;
};

/** Runs the night's jobs (batch after batch) under a key of this test's own. */
const runNight = async () => {
  const night = `t${randomBytes(4).toString("hex")}`;
  await db.$transaction((tx) =>
    tx.job.create({ data: { queue: RETENTION_QUEUE, singletonKey: retentionJobKey(night, 0), runAt: new Date(), payload: { night, batch: 0, coarsened: 0, purged: 0 } } }),
  );
  let ran = 0;
  while ((await runOneJob({ [RETENTION_QUEUE]: fireRetention }, { keyPrefix: `retention:${night}:` })) === "ran") ran++;
  const jobs = await db.job.findMany({ where: { singletonKey: { startsWith: `retention:${night}:` } }, orderBy: { id: "asc" } });
  return { night, ran, jobs };
};

/** The case as stored, its sealed values opened (what is gone reads null or empty). */
const stateOf = async (caseId: string) => {
  const ring = await keyring();
  const { person, message, ...row } = await db.case.findUniqueOrThrow({
    where: { id: caseId },
    select: {
      coarsenedAt: true, purgedAt: true, lastLocation: true, message: true, rescindReason: true, searchTokens: true,
      number: true, status: true, closedAt: true, updatedAt: true,
      person: { select: { fullName: true, phone: true, curp: true, appUserId: true } },
      _count: { select: { locations: true, contacts: true, notes: true, contactAttempts: true, familyMessages: true, timeline: true } },
    },
  });
  const opened = openPerson(ring, person);
  const timeline = (await db.caseTimelineEntry.findMany({ where: { caseId }, orderBy: { id: "asc" }, select: { kind: true, data: true } })).map((t) => ({
    kind: t.kind,
    data: openTimelineData(ring, t.data),
  }));
  const events = (await db.alertEvent.findMany({ where: { alert: { caseId } }, orderBy: { type: "asc" }, select: { type: true, payload: true } })).map((e) => {
    const payload = e.payload as { sealed?: string };
    return { type: e.type, payload: typeof payload.sealed === "string" ? ring.openJson(payload.sealed) : payload };
  });
  return {
    ...row,
    message: ring.open(message),
    person: { fullName: opened.fullName, phone: opened.phone, curp: opened.curp, appUserId: person.appUserId },
    timeline,
    events,
  };
};

describe("[ADMIN] retention run", () => {
  it("coarsens and purges exactly what the schedule says, never a held or open case, and a second run does nothing more", async () => {
    const cases = {
      rescinded29: await endedCase("RESCINDED", 29),
      rescinded31: await endedCase("RESCINDED", 31),
      rescinded364: await endedCase("RESCINDED", 364),
      rescinded366: await endedCase("RESCINDED", 366),
      notDetained29: await endedCase("NOT_DETAINED", 29),
      notDetained31: await endedCase("NOT_DETAINED", 31),
      notDetained364: await endedCase("NOT_DETAINED", 364),
      notDetained366: await endedCase("NOT_DETAINED", 366),
      closed1824: await endedCase("CLOSED", 1824),
      closed1826: await endedCase("CLOSED", 1826),
      held: await endedCase("RESCINDED", 400, { hold: true }),
      open: await endedCase("IN_CONTACT", 400),
    };
    const before = Object.fromEntries(await Promise.all(Object.entries(cases).map(async ([k, c]) => [k, await stateOf(c.id)] as const)));

    // The migration's first night, gone: the run must schedule the next night itself.
    const tomorrow = retentionJobKey(nextRunAt(new Date()).toISOString().slice(0, 10), 0);
    await db.job.deleteMany({ where: { singletonKey: tomorrow } });
    const first = await runNight();
    expect(first.ran).toBeGreaterThanOrEqual(3); // a coarsen batch, a purge batch, the end of the run
    const after = Object.fromEntries(await Promise.all(Object.entries(cases).map(async ([k, c]) => [k, await stateOf(c.id)] as const)));

    const untouched = ["rescinded29", "notDetained29", "closed1824", "held", "open"] as const;
    const coarsenedOnly = ["rescinded31", "rescinded364", "notDetained31", "notDetained364"] as const;
    const purged = ["rescinded366", "notDetained366", "closed1826"] as const;
    for (const k of untouched) expect({ k, ...after[k] }).toEqual({ k, ...before[k] });
    for (const k of coarsenedOnly) {
      const s = after[k];
      expect(s.coarsenedAt, k).not.toBeNull();
      expect(s.purgedAt, k).toBeNull();
      expect([s.lastLocation, s._count.locations]).toEqual([null, 0]);
      expect(s.timeline.find((t) => t.kind === "LOCATION_UPDATED")?.data).toEqual({ alertId: expect.any(String) });
      expect(s.timeline.find((t) => t.kind === "ALERT_RECEIVED")?.data).toMatchObject({ countyFips: "06073", message: "ayuda" });
      expect(s.events.map((e) => e.payload)).toEqual([{ alertId: expect.any(String), person: { fullName: "Persona de Prueba" } }, { coarsened: true }]);
      // The rest stays until the purge.
      expect(s.message).toBe("ayuda");
      expect(s._count).toMatchObject({ contacts: 1, notes: 1, contactAttempts: 1, familyMessages: 1 });
      expect(s.person.phone).toBe("+16195550100");
    }
    for (const k of purged) {
      const s = after[k];
      expect(s.purgedAt, k).not.toBeNull();
      expect(s.coarsenedAt, k).not.toBeNull();
      expect({ message: s.message, rescindReason: s.rescindReason, searchTokens: s.searchTokens, lastLocation: s.lastLocation }).toEqual({
        message: null, rescindReason: null, searchTokens: [], lastLocation: null,
      });
      expect(s._count).toEqual({ locations: 0, contacts: 0, notes: 0, contactAttempts: 0, familyMessages: 0, timeline: 3 });
      // The tombstone: number, status, closing time and the counted timeline kinds stay.
      expect({ number: s.number, status: s.status, closedAt: s.closedAt }).toEqual({ number: before[k].number, status: before[k].status, closedAt: before[k].closedAt });
      expect(s.timeline).toEqual([
        { kind: "ALERT_RECEIVED", data: { routing: "location", countyFips: "06073" } },
        { kind: "LOCATION_UPDATED", data: {} },
        { kind: "STATUS_CHANGED", data: { from: "IN_CONTACT", to: before[k].status } },
      ]);
      expect(s.events.map((e) => e.payload)).toEqual([{ purged: true }, { purged: true }]);
      expect(s.person).toEqual({ fullName: null, phone: null, curp: null, appUserId: expect.stringMatching(/^purged:/) });
    }

    const audits = await db.auditLog.findMany({ where: { action: { in: ["retention.coarsen", "retention.purge"] }, at: { gte: new Date(Date.now() - 60_000) } } });
    const audited = (action: string) => audits.filter((a) => a.action === action).flatMap((a) => (a.data as { caseIds: string[] }).caseIds);
    expect(audited("retention.purge")).toEqual(expect.arrayContaining(purged.map((k) => cases[k].id)));
    expect(audited("retention.coarsen")).toEqual(expect.arrayContaining([...coarsenedOnly, ...purged].filter((k) => k !== "closed1826").map((k) => cases[k].id)));
    for (const k of untouched) expect([...audited("retention.purge"), ...audited("retention.coarsen")]).not.toContain(cases[k].id);
    for (const a of audits) expect(a.actorUserId).toBeNull();
    const run = await db.auditLog.findFirst({ where: { action: "retention.run" }, orderBy: { id: "desc" } });
    expect(run?.data).toMatchObject({ coarsened: expect.any(Number), purged: expect.any(Number) });
    expect((run?.data as { purged: number }).purged).toBeGreaterThanOrEqual(3);
    // The night ends by scheduling the next one at 03:00 UTC.
    const nextNight = await db.job.findUnique({ where: { singletonKey: tomorrow } });
    expect(nextNight).toMatchObject({ queue: RETENTION_QUEUE, state: "PENDING", runAt: nextRunAt(new Date()) });

    const second = await runNight();
    expect(second.ran).toBe(1);
    const again = Object.fromEntries(await Promise.all(Object.entries(cases).map(async ([k, c]) => [k, await stateOf(c.id)] as const)));
    expect(again).toEqual(after);
  });

  it("keeps the append-only tables closed outside the run's transaction", async () => {
    const row = await endedCase("RESCINDED", 10);
    await expect(db.caseNote.deleteMany({ where: { caseId: row.id } })).rejects.toThrow(/append-only/);
    await expect(db.caseTimelineEntry.updateMany({ where: { caseId: row.id }, data: { data: {} } })).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`DELETE FROM "alert_events" e USING "alerts" a WHERE a."id" = e."alert_id" AND a."case_id" = ${row.id}::uuid`).rejects.toThrow(
      /append-only/,
    );
    // The run's setting is local to its transaction: the next one is refused again.
    await db.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT set_config('amparo.maintenance', 'on', true)`;
    });
    await expect(db.caseNote.deleteMany({ where: { caseId: row.id } })).rejects.toThrow(/append-only/);
    await expect(db.auditLog.deleteMany({ where: { action: "retention.purge" } })).rejects.toThrow(/append-only/);
  });

  it("keeps a person who still has a case that is not purged", async () => {
    const old = await endedCase("NOT_DETAINED", 400);
    const recent = await createCaseAt({ consulate: "SAN", status: "NEW" });
    await db.case.update({ where: { id: recent.id }, data: { personId: old.personId } });
    await runRetentionNow();
    const person = await db.person.findUniqueOrThrow({ where: { id: old.personId } });
    expect((await keyring()).open(person.fullName)).toBe("Persona de Prueba");
    expect(person.appUserId).not.toMatch(/^purged:/);
    expect((await db.case.findUniqueOrThrow({ where: { id: old.id } })).purgedAt).not.toBeNull();
  });

  it("leaves the monthly report's figures as they were", async () => {
    // June 2017 in San Diego: nothing else in the database is dated there.
    const alertAt = new Date("2017-06-05T18:00:00Z");
    const closed = await endedCase("CLOSED", 1, { alertAt });
    const rescinded = await endedCase("RESCINDED", 1, { alertAt });
    await db.case.update({ where: { id: closed.id }, data: { closedAt: new Date("2017-06-09T18:00:00Z"), outcome: "REMOVED" } });
    await db.case.update({ where: { id: rescinded.id }, data: { closedAt: new Date("2017-06-07T18:00:00Z") } });
    await db.caseTimelineEntry.create({
      data: { caseId: closed.id, kind: "STATUS_CHANGED", data: { from: "IN_CONTACT", to: "DETENTION_CONFIRMED", reason: "x" }, createdAt: new Date("2017-06-06T18:00:00Z") },
    });
    const admin = await createStaff("ADMIN");
    const report = async () => (await getMonthlySummary(admin.scope, "2017-06")).find((r) => r.consulateCode === "SAN");
    const before = await report();
    expect(before).toMatchObject({ opened: 2, detentionsConfirmed: 1, closed: 1, outcomes: { REMOVED: 1 }, medianDaysToOutcome: 4 });
    const result = await runRetentionNow();
    expect(result.dryRun ? 0 : result.totals.purged).toBeGreaterThanOrEqual(2);
    expect((await db.case.findUniqueOrThrow({ where: { id: closed.id } })).purgedAt).not.toBeNull();
    expect(await report()).toEqual(before);
  });

  it("works in batches, and a batch that fails midway is found again by the next step", async () => {
    const due = [await endedCase("NOT_DETAINED", 45), await endedCase("NOT_DETAINED", 44), await endedCase("NOT_DETAINED", 43)];
    const ids = due.map((c) => c.id);
    const now = new Date();
    // A crash after the batch's writes: the transaction rolls back with them.
    await expect(
      db.$transaction(async (tx) => {
        const step = await retentionStep(tx, { now, batch: 2 });
        expect(step).toEqual({ phase: "coarsen", caseIds: ids.slice(0, 2) });
        throw new Error("crash");
      }),
    ).rejects.toThrow("crash");
    expect(await db.case.count({ where: { id: { in: ids }, coarsenedAt: { not: null } } })).toBe(0);
    const first = await db.$transaction((tx) => retentionStep(tx, { now, batch: 2 }));
    expect(first).toEqual({ phase: "coarsen", caseIds: ids.slice(0, 2) });
    const second = await db.$transaction((tx) => retentionStep(tx, { now, batch: 2 }));
    expect(second).toEqual({ phase: "coarsen", caseIds: ids.slice(2) });
    expect(await db.$transaction((tx) => retentionStep(tx, { now, batch: 2 }))).toEqual({ phase: "done", caseIds: [] });
    expect(await db.case.count({ where: { id: { in: ids }, coarsenedAt: { not: null }, purgedAt: null } })).toBe(3);
  });

  it("keeps the next night on the queue, and never sets a night's job going again", async () => {
    const now = new Date("2031-05-01T10:00:00Z");
    const key = retentionJobKey("2031-05-02", 0);
    await db.job.deleteMany({ where: { singletonKey: key } });
    expect(await ensureNextNight(now)).toBe(true);
    expect(await db.job.findUniqueOrThrow({ where: { singletonKey: key } })).toMatchObject({ state: "PENDING", runAt: new Date("2031-05-02T03:00:00Z") });
    await db.job.update({ where: { singletonKey: key }, data: { state: "DONE", finishedAt: new Date() } });
    expect(await ensureNextNight(now)).toBe(false);
    expect((await db.job.findUniqueOrThrow({ where: { singletonKey: key } })).state).toBe("DONE");
    await db.job.deleteMany({ where: { singletonKey: key } });
  });

  it("acknowledges a relay event that arrives after the case was coarsened or purged, and keeps nothing of it", async () => {
    const coarsened = await endedCase("NOT_DETAINED", 40);
    const purged = await endedCase("NOT_DETAINED", 400);
    await runNight();
    for (const [c, mark] of [[coarsened, "coarsened"], [purged, "purged"]] as const) {
      const before = await stateOf(c.id);
      expect(before[mark === "coarsened" ? "coarsenedAt" : "purgedAt"]).not.toBeNull();
      const { id: alertId } = await db.alert.findFirstOrThrow({ where: { caseId: c.id }, select: { id: true } });
      const people = await db.person.count();
      const at = new Date().toISOString();
      const late = [
        { eventId: randomUUID(), type: "location" as const, alertId, occurredAt: at, location: { lat: 32.71, lng: -117.16, accuracyM: 8, capturedAt: at } },
        {
          eventId: randomUUID(),
          type: "panic" as const,
          alertId,
          occurredAt: at,
          person: { appUserId: `late_${randomBytes(4).toString("hex")}`, fullName: "Persona Tardía", phone: "+16195550199" },
          message: "otra vez",
          location: { lat: 32.71, lng: -117.16, accuracyM: 8, capturedAt: at },
        },
      ];
      for (const event of late) {
        const answer = await ingestAlertEvent({ event: alertEventSchema.parse(event), bodySha256: randomBytes(32).toString("hex"), relayKeyId });
        // The relay's contract: stored durably, so it stops retrying.
        expect(answer).toEqual({ eventId: event.eventId, alertId, caseId: c.id, result: "appended" });
      }
      const after = await stateOf(c.id);
      // No point, trail, person, message or timeline entry came back; the events are kept as the run leaves its own.
      expect({ ...after, events: undefined, updatedAt: undefined }).toEqual({ ...before, events: undefined, updatedAt: undefined });
      expect(after.lastLocation).toBeNull();
      expect(await db.person.count()).toBe(people);
      const stored = await db.alertEvent.findMany({ where: { eventId: { in: late.map((e) => e.eventId) } }, select: { payload: true } });
      expect(stored.map((e) => e.payload)).toEqual([{ [mark]: true }, { [mark]: true }]);
    }
  });
});
