// The relay's event schema (docs/alert-api.md, v1), and what the intake
// answers. Defined once: the intake route, the simulator and the tests import
// it, and the OpenAPI document (lib/alerts/openapi.ts) is generated from it:
// the descriptions and ids here are what the relay's developers read there.
import { z } from "zod";
import { dateOnly, dateTime, text } from "@/lib/server/http/input";

const uuid = z.uuid({ message: "must be a UUID" });
export const PHONE = /^\+[1-9]\d{6,14}$/;

// Poison input is refused by the schema (lib/server/http/input.ts), with the
// field named, before anything is written: a value PostgreSQL cannot store
// would otherwise fail the write, be answered 503, and be retried by the relay
// for ever.

// A phone's clock may be wrong, even reset to 1970, and its alert still
// counts; but no clock reads a year before 1970 (PostgreSQL has no year 0).
const rfc3339 = dateTime({ from: 1970, to: null, message: "must be an RFC 3339 date-time" });

// A CURP: 4 letters, birth date, sex, state, 3 consonants, a homoclave char, a check digit.
export const CURP = /^[A-Z]{4}\d{6}[HMX][A-Z]{5}[0-9A-Z]\d$/;

export const locationSchema = z
  .strictObject({
    lat: z.number().min(-90).max(90).describe("Latitude, WGS 84 degrees."),
    lng: z.number().min(-180).max(180).describe("Longitude, WGS 84 degrees."),
    accuracyM: z.number().min(0).max(100_000).optional().describe("Radius of the fix's uncertainty, in metres."),
    capturedAt: rfc3339.optional().describe("When the phone took the fix (RFC 3339, the phone's clock)."),
  })
  .meta({ id: "Location", description: "A position of the phone." });

export const personSchema = z
  .strictObject({
    appUserId: text().min(1).max(64).describe("The person's id in the phone app."),
    fullName: text().trim().min(1).max(200).describe("Full name, as registered in the app."),
    birthDate: dateOnly({ from: 1900, to: null, message: "must be a date (YYYY-MM-DD)" }).optional().describe("Date of birth (YYYY-MM-DD)."),
    phone: z.string().regex(PHONE, "must be an E.164 phone number such as +13235550147").optional().describe("The person's phone, E.164."),
    curp: z.string().regex(CURP, "must be an 18-character CURP").optional().describe("Mexican CURP, 18 characters."),
    consularIdNumber: text().min(1).max(64).optional().describe("Number of the consular ID (matrícula consular)."),
    preferredLanguage: z.enum(["es", "en"]).default("es").describe("Language to speak to the person and their family in."),
    registeredConsulate: z
      .string()
      .regex(/^[A-Z]{3}$/, "must be a three-letter consulate code")
      .optional()
      .describe("Three-letter code of the consulate the person registered with; routes an alert without a location."),
  })
  .meta({ id: "Person", description: "The person who pressed the button, as registered in the phone app." });

export const contactSchema = z
  .strictObject({
    name: text().trim().min(1).max(200).describe("The relative's name."),
    phone: z.string().regex(PHONE, "must be an E.164 phone number").optional().describe("The relative's phone, E.164."),
    relationship: text().max(64).optional().describe("How they are related (spouse, sister...)."),
    notified: z.boolean().default(false).describe("Whether the phone messaged them."),
  })
  .meta({ id: "Contact", description: "A relative the person listed in the app." });

export const deviceSchema = z
  .strictObject({
    platform: text().max(32).optional().describe("android, ios..."),
    appVersion: text().max(32).optional(),
    batteryPct: z.number().min(0).max(100).optional().describe("Battery left, percent."),
  })
  .meta({ id: "Device", description: "The phone that sent the event." });

const base = {
  eventId: uuid.describe("Unique per event: the idempotency key. A retry carries the same one."),
  alertId: uuid.describe("One per button press; later events of the same press carry the same one."),
  occurredAt: rfc3339.describe("When it happened (RFC 3339, the phone's clock)."),
};

export const panicEventSchema = z
  .strictObject({
    ...base,
    type: z.literal("panic"),
    person: personSchema,
    location: locationSchema.nullable().describe("Where the phone was; null when it had no fix."),
    contacts: z.array(contactSchema).max(10).default([]).describe("Which relatives the phone messaged (at most 10)."),
    message: text().max(1000).optional().describe("What the person wrote, at most 1000 characters."),
    device: deviceSchema.optional(),
  })
  .meta({ id: "PanicEvent", description: "The button was pressed: opens a case, or joins the person's open case." });

export const locationEventSchema = z
  .strictObject({
    ...base,
    type: z.literal("location"),
    location: locationSchema,
  })
  .meta({ id: "LocationEvent", description: "A newer position for the same press." });

export const cancelEventSchema = z
  .strictObject({
    ...base,
    type: z.literal("cancel"),
    reason: z.enum(["safe", "mistake"]),
    duress: z.boolean().describe("Cancelled with the duress PIN: the case is escalated, never closed, and the answer is the same."),
  })
  .meta({ id: "CancelEvent", description: "The person rescinds the alert." });

export const alertEventSchema = z.discriminatedUnion("type", [
  panicEventSchema,
  locationEventSchema,
  cancelEventSchema,
]);

export type AlertEvent = z.infer<typeof alertEventSchema>;
export type AlertEventInput = z.input<typeof alertEventSchema>;
export type PanicEvent = z.infer<typeof panicEventSchema>;
export type LocationEvent = z.infer<typeof locationEventSchema>;
export type CancelEvent = z.infer<typeof cancelEventSchema>;
export type AlertLocation = z.infer<typeof locationSchema>;

// --- What the intake answers (docs/alert-api.md, "Responses") --------------------------------------
// The wrapper (lib/server/http/with-relay-key.ts) and errorReply write these
// bodies; lib/alerts/openapi-contract.int.test.ts holds them to these schemas.

const stored = {
  eventId: z.uuid().describe("The event's eventId."),
  alertId: z.uuid().describe("The press the event belongs to."),
  caseId: z.uuid().describe("The case that holds it."),
};

export const acceptedAnswerSchema = z
  .strictObject({ ...stored, result: z.enum(["created", "appended"]).describe("created: a new case; appended: added to an open case.") })
  .meta({ id: "Accepted", description: "Stored durably (committed)." });

export const duplicateAnswerSchema = z
  .strictObject({ ...stored, result: z.literal("duplicate") })
  .meta({ id: "Duplicate", description: "The same eventId and the same body were seen before; nothing changed." });

export type IntakeResponse = z.infer<typeof acceptedAnswerSchema> | z.infer<typeof duplicateAnswerSchema>;
export type IntakeResult = IntakeResponse["result"];

const refusal = <C extends string>(code: C, id: string, description: string) =>
  z.strictObject({ error: z.literal(code) }).meta({ id, description });

/** Each refusal's body, by the status that carries it. */
export const intakeRefusalSchemas = {
  400: z
    .strictObject({
      error: z.literal("invalid_body"),
      issues: z
        .array(z.strictObject({ path: z.string().describe("Dotted path of the field; empty for the whole body."), message: z.string() }))
        .min(1),
    })
    .meta({ id: "InvalidBody", description: "Not JSON, or fails the schema: every issue with its field." }),
  401: refusal("unauthorized", "Unauthorized", "Unknown or revoked key, bad signature, or a timestamp more than 300 s off. No detail."),
  404: z
    .strictObject({ error: z.literal("unknown_alert"), retryable: z.literal(true) })
    .meta({ id: "UnknownAlert", description: "A location or cancel for an alertId never seen: the panic may still be on its way, retry." }),
  409: refusal("event_conflict", "EventConflict", "The same eventId was seen with a different body."),
  413: refusal("payload_too_large", "PayloadTooLarge", "The body is over 64 KiB."),
  415: refusal("unsupported_media_type", "UnsupportedMediaType", "The body is not application/json."),
  429: refusal("rate_limited", "RateLimited", "Too many requests for this key (or failures from this address); retry after Retry-After."),
  503: refusal("unavailable", "Unavailable", "The database cannot commit; retry after Retry-After with the same eventId."),
} as const;
