// The OpenAPI document's examples (./openapi.ts): the contract's panic
// (docs/alert-api.md, "Events") word for word, and the later events of the
// same press. The person is the contract's invented one. The contract test
// sends each request example, in this order, to the real handler.
import type { AlertEventInput } from "./schema";

const ALERT_ID = "5f1d2c3b-8a4e-4c2b-9f3e-2a1b0c9d8e7f";
const PANIC_EVENT_ID = "0b9c3c1e-5d1f-4a57-9a56-0f3a0d3c9b11";

const panic: AlertEventInput = {
  eventId: PANIC_EVENT_ID,
  type: "panic",
  alertId: ALERT_ID,
  occurredAt: "2026-03-14T09:21:07Z",
  person: {
    appUserId: "u_81723",
    fullName: "María Guadalupe Hernández Ruiz",
    birthDate: "1991-05-02",
    phone: "+13235550147",
    curp: "HERM910502MJCRZR08",
    consularIdNumber: "LA-2231987",
    preferredLanguage: "es",
    registeredConsulate: "LAX",
  },
  location: { lat: 34.0522, lng: -118.2437, accuracyM: 35, capturedAt: "2026-03-14T09:21:05Z" },
  contacts: [{ name: "José Hernández", phone: "+13235550199", relationship: "spouse", notified: true }],
  message: "Me detuvieron en el trabajo. Avisen al consulado.",
  device: { platform: "android", appVersion: "2.3.1", batteryPct: 41 },
};

const location: AlertEventInput = {
  eventId: "7a4f1e2d-3c5b-4a69-8e7f-1d2c3b4a5e6f",
  type: "location",
  alertId: ALERT_ID,
  occurredAt: "2026-03-14T09:24:40Z",
  location: { lat: 34.0548, lng: -118.2501, accuracyM: 12, capturedAt: "2026-03-14T09:24:38Z" },
};

const cancel: AlertEventInput = {
  eventId: "c2e8d4b6-9f1a-4c3e-b5d7-2a6f8e0c4b19",
  type: "cancel",
  alertId: ALERT_ID,
  occurredAt: "2026-03-14T10:02:11Z",
  reason: "safe",
  duress: false,
};

/** Request examples, in the order a relay would send them (the panic first: the others name its alertId). */
export const INTAKE_EXAMPLES = {
  panic: { summary: "The button was pressed", value: panic },
  location: { summary: "A newer position for the same press", value: location },
  cancel: { summary: "The person rescinds the alert", value: cancel },
};

const stored = { eventId: PANIC_EVENT_ID, alertId: ALERT_ID, caseId: "9d3e7c41-2b6a-4f58-8c1d-5e0a7b2f9c63" };

/** One example body per status. */
export const ANSWER_EXAMPLES = {
  202: { ...stored, result: "created" },
  200: { ...stored, result: "duplicate" },
  400: { error: "invalid_body", issues: [{ path: "person.curp", message: "must be an 18-character CURP" }] },
  401: { error: "unauthorized" },
  404: { error: "unknown_alert", retryable: true },
  409: { error: "event_conflict" },
  413: { error: "payload_too_large" },
  415: { error: "unsupported_media_type" },
  429: { error: "rate_limited" },
  503: { error: "unavailable" },
};
