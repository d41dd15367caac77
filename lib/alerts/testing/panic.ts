// The one place a panic event is put together, for the integration tests,
// the fake alerts (simulator, demo seed, end-to-end specs) and the benchmarks.
// Without parts it is one known person pressing in downtown Los Angeles
// (routed to LAX), with fresh ids, so that each call is a new alert of a new person.
import { randomBytes, randomUUID } from "node:crypto";
import type { LatLng } from "../../geo/distance";
import type { AlertEventInput } from "../schema";

export type PanicInput = Extract<AlertEventInput, { type: "panic" }>;
export type PersonInput = PanicInput["person"];

export const LOS_ANGELES: LatLng = { lat: 34.0522, lng: -118.2437 };

const knownPerson = (): PersonInput => ({
  appUserId: `u_${randomBytes(6).toString("hex")}`,
  fullName: "María Guadalupe Hernández Ruiz",
  birthDate: "1991-05-02",
  phone: "+13235550147",
  curp: "HERM910502MJCRZR08",
  consularIdNumber: "LA-2231987",
  preferredLanguage: "es",
  registeredConsulate: "LAX",
});

/**
 * A panic as the relay forwards it. Each part given replaces the known
 * person's; a part given as `undefined` (a phone that sent no message) is
 * left out of the JSON. Tests pass invalid parts on purpose: the schema, not
 * this builder, decides what is refused.
 */
export const panicEvent = (parts: Partial<PanicInput> = {}): PanicInput => {
  const now = new Date().toISOString();
  return {
    eventId: randomUUID(),
    type: "panic",
    alertId: randomUUID(),
    occurredAt: now,
    person: knownPerson(),
    location: { ...LOS_ANGELES, accuracyM: 35, capturedAt: now },
    contacts: [{ name: "José Hernández", phone: "+13235550199", relationship: "spouse", notified: true }],
    message: "Me detuvieron en el trabajo. Avisen al consulado.",
    device: { platform: "android", appVersion: "2.3.1", batteryPct: 41 },
    ...parts,
  };
};
