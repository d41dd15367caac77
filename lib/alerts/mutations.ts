import "server-only";
import { db, type Tx } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { resolveConsulate } from "@/lib/consulates/data";
import { ENDED_STATUSES } from "@/lib/cases/lifecycle";
import { publishCaseChange } from "@/lib/cases/publish";
import { formatCaseNumber, yearInZone } from "@/lib/cases/number";
import type { AlertEvent, CancelEvent, IntakeResponse, LocationEvent, PanicEvent } from "./schema";

type IngestOptions = { event: AlertEvent; bodySha256: string; relayKeyId: string };

type Outcome = { response: IntakeResponse; publish?: "case:created" | "case:updated" };

// A new press after a case has ended opens a new case.
const ENDED = ENDED_STATUSES;

/**
 * Stores one relay event and applies it to its case, in one transaction.
 * Idempotent on eventId: the same body again is a "duplicate" that changes
 * nothing; a different body under a seen eventId is an event_conflict.
 * Realtime delivery happens only after the commit.
 */
export const ingestAlertEvent = async ({ event, bodySha256, relayKeyId }: IngestOptions): Promise<IntakeResponse> => {
  const seen = await findSeenEvent(event.eventId, bodySha256);
  if (seen) return seen;

  // Routing reads the network outside the transaction: the embedded database
  // runs one transaction at a time, so a read on another connection inside
  // one would wait for ever.
  const route =
    event.type === "panic"
      ? await resolveConsulate({ location: event.location, registeredConsulate: event.person.registeredConsulate })
      : null;

  let outcome: Outcome;
  try {
    outcome = await db.$transaction(
      async (tx) => {
        // Serialise work on one press (and, for a panic, on one person) so that
        // races cannot open two cases or double-append.
        if (event.type === "panic") await lock(tx, `person:${event.person.appUserId}`);
        await lock(tx, `alert:${event.alertId}`);
        const again = await findSeenEvent(event.eventId, bodySha256, tx);
        if (again) return { response: again };
        switch (event.type) {
          case "panic":
            return applyPanic(tx, event, bodySha256, relayKeyId, route!);
          case "location":
            return applyLocation(tx, event, bodySha256, relayKeyId);
          case "cancel":
            return applyCancel(tx, event, bodySha256, relayKeyId);
        }
      },
      { maxWait: 5_000, timeout: 15_000 },
    );
  } catch (error) {
    // Two different bodies racing under one eventId: the loser trips the primary key.
    if (isUniqueViolation(error)) {
      const after = await findSeenEvent(event.eventId, bodySha256);
      if (after) return after;
    }
    throw error;
  }

  if (outcome.publish) await publishCaseChange(outcome.publish, outcome.response.caseId);
  return outcome.response;
};

const lock = (tx: Tx, key: string) => tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`;

const findSeenEvent = async (eventId: string, bodySha256: string, tx: Tx = db as unknown as Tx) => {
  const seen = await tx.alertEvent.findUnique({
    where: { eventId },
    select: { bodySha256: true, alertId: true, alert: { select: { caseId: true } } },
  });
  if (!seen) return null;
  if (seen.bodySha256 !== bodySha256) throw new AppError("event_conflict", "eventId already used with another body");
  return { eventId, alertId: seen.alertId, caseId: seen.alert.caseId, result: "duplicate" } satisfies IntakeResponse;
};

const storeEvent = (tx: Tx, event: AlertEvent, bodySha256: string, relayKeyId: string) =>
  tx.alertEvent.create({
    data: {
      eventId: event.eventId,
      alertId: event.alertId,
      type: event.type,
      bodySha256,
      payload: event as object,
      occurredAt: new Date(event.occurredAt),
      relayKeyId,
    },
  });

const nextCaseNumber = async (tx: Tx, consulate: { id: string; code: string; timeZone: string }) => {
  const year = yearInZone(new Date(), consulate.timeZone);
  const [row] = await tx.$queryRaw<{ last_value: number }[]>`
    INSERT INTO case_counters (consulate_id, year, last_value) VALUES (${consulate.id}::uuid, ${year}, 1)
    ON CONFLICT (consulate_id, year) DO UPDATE SET last_value = case_counters.last_value + 1
    RETURNING last_value`;
  return formatCaseNumber({ code: consulate.code, year, sequence: row.last_value });
};

const locationFields = (location: NonNullable<PanicEvent["location"]>, fallbackAt: string) => ({
  lastLat: location.lat,
  lastLng: location.lng,
  lastAccuracyM: location.accuracyM ?? null,
  lastLocationAt: new Date(location.capturedAt ?? fallbackAt),
});

type Route = Awaited<ReturnType<typeof resolveConsulate>>;

const applyPanic = async (
  tx: Tx,
  event: PanicEvent,
  bodySha256: string,
  relayKeyId: string,
  { consulate, reason, countyFips }: Route,
): Promise<Outcome> => {
  const { person: p } = event;
  const personData = {
    fullName: p.fullName,
    birthDate: p.birthDate ? new Date(`${p.birthDate}T00:00:00Z`) : undefined,
    phone: p.phone,
    curp: p.curp,
    consularIdNumber: p.consularIdNumber,
    preferredLanguage: p.preferredLanguage,
    registeredConsulate: p.registeredConsulate,
  };
  const person = await tx.person.upsert({
    where: { appUserId: p.appUserId },
    create: { appUserId: p.appUserId, ...personData },
    update: personData,
    select: { id: true },
  });
  const now = new Date();
  const knownAlert = await tx.alert.findUnique({ where: { id: event.alertId }, select: { caseId: true } });
  const openCase = knownAlert
    ? { id: knownAlert.caseId }
    : await tx.case.findFirst({
        where: { personId: person.id, status: { notIn: [...ENDED] } },
        select: { id: true },
      });

  let caseId: string;
  let result: "created" | "appended";
  if (openCase) {
    caseId = openCase.id;
    result = "appended";
    const newPress = !knownAlert;
    await tx.case.update({
      where: { id: caseId },
      data: {
        ...(newPress ? { pressCount: { increment: 1 }, pressedAgain: true, rescinded: false } : {}),
        lastEventAt: now,
        version: { increment: 1 },
      },
    });
    if (newPress) await tx.alert.create({ data: { id: event.alertId, personId: person.id, caseId, occurredAt: new Date(event.occurredAt) } });
    await tx.caseTimelineEntry.create({
      data: {
        caseId,
        kind: newPress ? "PRESSED_AGAIN" : "ALERT_RECEIVED",
        eventId: event.eventId,
        data: { alertId: event.alertId, message: event.message ?? null, hasLocation: event.location !== null },
      },
    });
  } else {
    const created = await tx.case.create({
      data: {
        number: await nextCaseNumber(tx, consulate),
        consulateId: consulate.id,
        personId: person.id,
        message: event.message,
        alertAt: now,
        lastEventAt: now,
        ...(event.location ? locationFields(event.location, event.occurredAt) : {}),
      },
      select: { id: true },
    });
    caseId = created.id;
    result = "created";
    await tx.alert.create({ data: { id: event.alertId, personId: person.id, caseId, occurredAt: new Date(event.occurredAt) } });
    await tx.caseTimelineEntry.create({
      data: {
        caseId,
        kind: "ALERT_RECEIVED",
        eventId: event.eventId,
        data: { alertId: event.alertId, message: event.message ?? null, routing: reason, countyFips: countyFips ?? null },
      },
    });
  }

  if (event.contacts.length > 0) {
    await tx.caseContact.createMany({
      data: event.contacts.map((c) => ({ caseId, eventId: event.eventId, ...c })),
    });
  }
  if (event.location) await addLocation(tx, caseId, event.eventId, event.location, event.occurredAt);
  await storeEvent(tx, event, bodySha256, relayKeyId);
  return {
    response: { eventId: event.eventId, alertId: event.alertId, caseId, result },
    publish: result === "created" ? "case:created" : "case:updated",
  };
};

/** Records a position; it becomes the case's last one only if it is newer (events can arrive out of order). */
const addLocation = async (
  tx: Tx,
  caseId: string,
  eventId: string,
  location: NonNullable<PanicEvent["location"]>,
  occurredAt: string,
) => {
  const fields = locationFields(location, occurredAt);
  await tx.caseLocation.create({
    data: { caseId, eventId, lat: location.lat, lng: location.lng, accuracyM: fields.lastAccuracyM, capturedAt: fields.lastLocationAt },
  });
  await tx.case.updateMany({
    where: { id: caseId, OR: [{ lastLocationAt: null }, { lastLocationAt: { lte: fields.lastLocationAt } }] },
    data: fields,
  });
};

const caseOfAlert = async (tx: Tx, alertId: string) => {
  const alert = await tx.alert.findUnique({ where: { id: alertId }, select: { caseId: true } });
  // The relay retries: the panic may still be on its way.
  if (!alert) throw new AppError("unknown_alert", "No panic has been received for this alertId yet");
  return alert.caseId;
};

const applyLocation = async (tx: Tx, event: LocationEvent, bodySha256: string, relayKeyId: string): Promise<Outcome> => {
  const caseId = await caseOfAlert(tx, event.alertId);
  await addLocation(tx, caseId, event.eventId, event.location, event.occurredAt);
  await tx.case.update({ where: { id: caseId }, data: { lastEventAt: new Date(), version: { increment: 1 } } });
  await tx.caseTimelineEntry.create({
    data: {
      caseId,
      kind: "LOCATION_UPDATED",
      eventId: event.eventId,
      data: { alertId: event.alertId, lat: event.location.lat, lng: event.location.lng, accuracyM: event.location.accuracyM ?? null },
    },
  });
  await storeEvent(tx, event, bodySha256, relayKeyId);
  return { response: { eventId: event.eventId, alertId: event.alertId, caseId, result: "appended" }, publish: "case:updated" };
};

const applyCancel = async (tx: Tx, event: CancelEvent, bodySha256: string, relayKeyId: string): Promise<Outcome> => {
  const caseId = await caseOfAlert(tx, event.alertId);
  // A duress cancel never closes or rescinds: someone may be forcing the
  // person. It escalates instead, and the relay gets the same answer as for
  // an ordinary cancel so the phone side can never tell.
  const reopened = event.duress ? await reopenForDuress(tx, caseId) : false;
  await tx.case.update({
    where: { id: caseId },
    data: event.duress
      ? { duress: true, priority: "CRITICAL", lastEventAt: new Date(), version: { increment: 1 } }
      : { rescinded: true, rescindReason: event.reason, lastEventAt: new Date(), version: { increment: 1 } },
  });
  if (reopened) {
    await tx.caseTimelineEntry.create({
      data: { caseId, kind: "REOPENED", eventId: event.eventId, data: { from: reopened, reason: "duress" } },
    });
  }
  await tx.caseTimelineEntry.create({
    data: {
      caseId,
      kind: event.duress ? "DURESS_ESCALATED" : "CANCEL_RECEIVED",
      eventId: event.eventId,
      data: { alertId: event.alertId, reason: event.reason },
    },
  });
  await storeEvent(tx, event, bodySha256, relayKeyId);
  return { response: { eventId: event.eventId, alertId: event.alertId, caseId, result: "appended" }, publish: "case:updated" };
};

/**
 * A duress cancel on a case someone already ended (a "false alarm", say)
 * brings it back: the person may be in danger now. Unless the person has
 * another open case, which then is the one officers are watching.
 * Returns the status it was reopened from, or false.
 */
const reopenForDuress = async (tx: Tx, caseId: string) => {
  const current = await tx.case.findUniqueOrThrow({ where: { id: caseId }, select: { status: true, personId: true, ownerId: true } });
  if (!(ENDED as readonly string[]).includes(current.status)) return false;
  const otherOpen = await tx.case.count({ where: { personId: current.personId, status: { notIn: [...ENDED] } } });
  if (otherOpen > 0) return false;
  await tx.case.update({
    where: { id: caseId },
    data: { status: current.ownerId ? "ACKNOWLEDGED" : "NEW", outcome: null, closedAt: null },
  });
  return current.status;
};

const isUniqueViolation = (error: unknown) =>
  typeof error === "object" && error !== null && "code" in error && (error as { code: string }).code === "P2002";
