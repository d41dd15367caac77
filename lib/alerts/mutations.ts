import "server-only";
import { pool } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { resolveConsulate } from "@/lib/consulates/data";
import { publishCase } from "@/lib/cases/publish";
import { wakeIncidentDetection } from "@/lib/incidents/detection-signal";
import type { StoredCaseSummary } from "@/lib/cases/summary-open";
import { openCaseSummary } from "@/lib/cases/summary-open";
import { keyring } from "@/lib/privacy/keys-data";
import { sealIntakeEvent } from "@/lib/privacy/intake-seal";
import type { AlertEvent, IntakeResponse } from "./schema";

type IngestOptions = { event: AlertEvent; bodySha256: string; relayKeyId: string };

/** What ingest_alert_event (prisma/migrations/20261227000600_late_events_after_retention) returns. */
type Applied =
  | { result: "created" | "appended"; caseId: string; alertId: string; regionId: string; summary: StoredCaseSummary }
  | { result: "duplicate"; caseId: string; alertId: string }
  // An event for a case its retention already coarsened or purged: acknowledged, nothing of it kept.
  | { result: "not_kept"; caseId: string; alertId: string }
  | { result: "conflict" | "unknown_alert" };

// One statement, so one transaction and one round trip: the event stored,
// the case opened or appended to, and the case as officers will see it.
// Personal values arrive sealed (lib/privacy/intake-seal.ts): PostgreSQL never sees them in clear.
const INGEST = "SELECT ingest_alert_event($1::jsonb, $2, $3, $4::uuid, $5, $6, $7, $8::text[]) AS applied";

/**
 * Stores one relay event and applies it to its case, in one transaction.
 * Idempotent on eventId: the same body again is a "duplicate" that changes
 * nothing; a different body under a seen eventId is an event_conflict.
 * Realtime delivery happens only after the commit, with the case as the
 * transaction left it (no second read).
 */
export const ingestAlertEvent = async ({ event, bodySha256, relayKeyId }: IngestOptions): Promise<IntakeResponse> => {
  // Routing is in memory (county shapes and the network, cached): about 1 µs.
  const route =
    event.type === "panic"
      ? await resolveConsulate({ location: event.location, registeredConsulate: event.person.registeredConsulate })
      : null;
  const ring = await keyring();
  const sealed = sealIntakeEvent(ring, event);
  const { rows } = await pool().query<{ applied: Applied }>(INGEST, [
    JSON.stringify(sealed.event),
    bodySha256,
    relayKeyId,
    route?.consulate.id ?? null,
    route?.reason ?? null,
    route?.countyFips ?? null,
    sealed.payload,
    sealed.searchTokens,
  ]);
  const applied = rows[0].applied;
  switch (applied.result) {
    case "conflict":
      throw new AppError("event_conflict", "eventId already used with another body");
    case "unknown_alert":
      // The relay retries: the panic may still be on its way.
      throw new AppError("unknown_alert", "No panic has been received for this alertId yet");
    case "duplicate":
      return { eventId: event.eventId, alertId: applied.alertId, caseId: applied.caseId, result: "duplicate" };
    case "not_kept":
      // Stored durably as received (the relay's contract), with nothing of its content: the case has nothing new to show.
      return { eventId: event.eventId, alertId: event.alertId, caseId: applied.caseId, result: "appended" };
  }
  publishCase(applied.result === "created" ? "case:created" : "case:updated", openCaseSummary(ring, applied.summary), applied.regionId);
  // A panic or a new location may make or join a raid incident: the detection loop looks now, not at its next poll.
  if (event.type !== "cancel") wakeIncidentDetection();
  return { eventId: event.eventId, alertId: event.alertId, caseId: applied.caseId, result: applied.result };
};
