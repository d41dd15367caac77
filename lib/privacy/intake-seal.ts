// The relay's event as the intake stores it: every personal value sealed
// before it reaches PostgreSQL (the SQL function ingest_alert_event, migration
// 20261227000100_sealed_fields, never sees clear text), the whole event
// sealed as the stored payload, and the person's blind-index tokens.
import type { AlertEvent } from "@/lib/alerts/schema";
import { allTokens, blindPerson } from "./blind-index";
import type { Keyring } from "./keyring";

export type SealedIntake = { event: Record<string, unknown>; payload: string; searchTokens: string[] | null };

export const sealLocation = (ring: Keyring, location: { lat: number; lng: number; accuracyM?: number | null }) =>
  ring.sealJson({ lat: location.lat, lng: location.lng, accuracyM: location.accuracyM ?? null });

export const sealIntakeEvent = (ring: Keyring, event: AlertEvent): SealedIntake => {
  const payload = ring.sealJson(event);
  const base = { eventId: event.eventId, alertId: event.alertId, occurredAt: event.occurredAt, type: event.type };
  const location =
    "location" in event && event.location
      ? { point: sealLocation(ring, event.location), capturedAt: event.location.capturedAt ?? null }
      : null;
  switch (event.type) {
    case "panic": {
      const { person } = event;
      return {
        payload,
        searchTokens: allTokens(blindPerson(ring, person)),
        event: {
          ...base,
          person: {
            appUserId: person.appUserId,
            fullName: ring.seal(person.fullName),
            birthDate: ring.seal(person.birthDate ?? null),
            phone: ring.seal(person.phone ?? null),
            curp: ring.seal(person.curp ?? null),
            consularIdNumber: ring.seal(person.consularIdNumber ?? null),
            preferredLanguage: person.preferredLanguage,
            registeredConsulate: person.registeredConsulate ?? null,
          },
          location,
          contacts: event.contacts.map((c) => ({
            name: ring.seal(c.name),
            phone: ring.seal(c.phone ?? null),
            relationship: c.relationship ?? null,
            notified: c.notified,
          })),
          message: ring.seal(event.message ?? null),
          sealed: { message: event.message === undefined ? null : ring.sealJson({ message: event.message }) },
        },
      };
    }
    case "location":
      return { payload, searchTokens: null, event: { ...base, location } };
    case "cancel":
      return { payload, searchTokens: null, event: { ...base, reason: event.reason, duress: event.duress } };
  }
};
