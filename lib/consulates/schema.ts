// Consulate settings and jurisdiction reassignments (issue 14): the bodies an
// administrator sends, shared by the routes and the forms. The rules that
// need two fields (amber before red, propose before open) are also checked
// against the stored row by the mutation, for a body that carries only one.
import { z } from "zod";
import { text, version } from "@/lib/server/http/input";

/** The fields an administrator may change, in the order the form and the history show them. */
export const SETTING_FIELDS = [
  "ackAmberMinutes",
  "ackRedMinutes",
  "contactAmberMinutes",
  "contactRedMinutes",
  "escalationEnabled",
  "backupConsulateId",
  "offerAfterMinutes",
  "raidRadiusKm",
  "raidWindowMinutes",
  "raidProposeAt",
  "raidOpenAt",
  "timeZone",
  "contactPhone",
] as const;

export type SettingField = (typeof SETTING_FIELDS)[number];

const DAY_MINUTES = 24 * 60;
const minutes = (max = DAY_MINUTES) => z.number().int("whole_minutes").min(1, "at_least_1").max(max, `at_most_${max}`);

/** Whether Intl knows the zone (an IANA name such as America/Chicago). */
export const isTimeZone = (zone: string) => {
  if (!/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

/** E.164: a plus, a country code and at most 15 digits in all. */
export const E164 = /^\+[1-9]\d{7,14}$/;

const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, "uuid");

export const settingsShape = {
  ackAmberMinutes: minutes(),
  ackRedMinutes: minutes(),
  contactAmberMinutes: minutes(),
  contactRedMinutes: minutes(),
  escalationEnabled: z.boolean(),
  backupConsulateId: uuid.nullable(),
  offerAfterMinutes: minutes(),
  raidRadiusKm: z.number().min(0.1, "at_least_0.1").max(50, "at_most_50"),
  raidWindowMinutes: minutes(240),
  raidProposeAt: z.number().int("whole_number").min(2, "at_least_2").max(500, "at_most_500"),
  raidOpenAt: z.number().int("whole_number").min(2, "at_least_2").max(500, "at_most_500"),
  timeZone: text({ trim: true, max: 64 }).refine(isTimeZone, "time_zone"),
  contactPhone: text({ trim: true, max: 32 })
    .transform((value) => value.replace(/[\s().-]/g, ""))
    .refine((value) => value === "" || E164.test(value), "e164")
    .transform((value) => (value === "" ? null : value))
    .nullable(),
} satisfies Record<SettingField, z.ZodType>;

export type ConsulateSettings = { [K in SettingField]: z.output<(typeof settingsShape)[K]> };

/**
 * A save: any of the fields, and `version`, the number of changes the form
 * read (the history's length): another administrator's save in between is a 409.
 */
export const updateSettingsSchema = z
  .strictObject({ ...settingsShape, version: version({ min: 0 }) })
  .partial()
  .required({ version: true });

export type UpdateSettingsInput = z.output<typeof updateSettingsSchema>;

export type Issue = { path: string; message: string };

/** The rules across fields, on the settings as they would be saved. */
export const crossFieldIssues = (s: Pick<ConsulateSettings, "ackAmberMinutes" | "ackRedMinutes" | "contactAmberMinutes" | "contactRedMinutes" | "raidProposeAt" | "raidOpenAt">): Issue[] => {
  const issues: Issue[] = [];
  if (s.ackAmberMinutes >= s.ackRedMinutes) issues.push({ path: "ackRedMinutes", message: "red_after_amber" });
  if (s.contactAmberMinutes >= s.contactRedMinutes) issues.push({ path: "contactRedMinutes", message: "red_after_amber" });
  if (s.raidProposeAt > s.raidOpenAt) issues.push({ path: "raidOpenAt", message: "open_at_least_propose" });
  return issues;
};

export const reassignCountySchema = z.strictObject({
  consulateId: uuid,
  reason: text({ trim: true }).min(3, "required").max(500, "at_most_500"),
  moveOpenCases: z.boolean().default(false),
});

export type ReassignCountyInput = z.output<typeof reassignCountySchema>;

export const countyParamsSchema = z.object({ fips: z.string().regex(/^\d{5}$/, "fips") });
export const consulateParamsSchema = z.object({ id: uuid });
