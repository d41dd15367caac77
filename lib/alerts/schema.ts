// The relay's event schema (docs/alert-api.md, v1). Defined once: the
// intake route, the simulator and the tests all import it.
import { z } from "zod";
import { dateOnly, dateTime, text } from "@/lib/server/http/input";

const uuid = z.uuid({ message: "must be a UUID" });

// Poison input is refused by the schema (lib/server/http/input.ts), with the
// field named, before anything is written: a value PostgreSQL cannot store
// would otherwise fail the write, be answered 503, and be retried by the relay
// for ever.

// A phone's clock may be wrong, even reset to 1970, and its alert still
// counts; but no clock reads a year before 1970 (PostgreSQL has no year 0).
const rfc3339 = dateTime({ from: 1970, to: null, message: "must be an RFC 3339 date-time" });

// A CURP: 4 letters, birth date, sex, state, 3 consonants, a homoclave char, a check digit.
const CURP = /^[A-Z]{4}\d{6}[HMX][A-Z]{5}[0-9A-Z]\d$/;

export const locationSchema = z.strictObject({
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
  accuracyM: z.number().min(0).max(100_000).optional(),
  capturedAt: rfc3339.optional(),
});

export const personSchema = z.strictObject({
  appUserId: text().min(1).max(64),
  fullName: text().trim().min(1).max(200),
  birthDate: dateOnly({ from: 1900, to: null, message: "must be a date (YYYY-MM-DD)" }).optional(),
  phone: z
    .string()
    .regex(/^\+[1-9]\d{6,14}$/, "must be an E.164 phone number such as +13235550147")
    .optional(),
  curp: z.string().regex(CURP, "must be an 18-character CURP").optional(),
  consularIdNumber: text().min(1).max(64).optional(),
  preferredLanguage: z.enum(["es", "en"]).default("es"),
  registeredConsulate: z.string().regex(/^[A-Z]{3}$/, "must be a three-letter consulate code").optional(),
});

export const contactSchema = z.strictObject({
  name: text().trim().min(1).max(200),
  phone: z
    .string()
    .regex(/^\+[1-9]\d{6,14}$/, "must be an E.164 phone number")
    .optional(),
  relationship: text().max(64).optional(),
  notified: z.boolean().default(false),
});

export const deviceSchema = z.strictObject({
  platform: text().max(32).optional(),
  appVersion: text().max(32).optional(),
  batteryPct: z.number().min(0).max(100).optional(),
});

const base = {
  eventId: uuid,
  alertId: uuid,
  occurredAt: rfc3339,
};

export const panicEventSchema = z.strictObject({
  ...base,
  type: z.literal("panic"),
  person: personSchema,
  location: locationSchema.nullable(),
  contacts: z.array(contactSchema).max(10).default([]),
  message: text().max(1000).optional(),
  device: deviceSchema.optional(),
});

export const locationEventSchema = z.strictObject({
  ...base,
  type: z.literal("location"),
  location: locationSchema,
});

export const cancelEventSchema = z.strictObject({
  ...base,
  type: z.literal("cancel"),
  reason: z.enum(["safe", "mistake"]),
  duress: z.boolean(),
});

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

export type IntakeResult = "created" | "appended" | "duplicate";

export type IntakeResponse = {
  eventId: string;
  alertId: string;
  caseId: string;
  result: IntakeResult;
};
