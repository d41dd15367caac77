// The staff administration's requests (issue 14): the list's filters, an
// invitation, a change to someone, and a password set from a one-time link.
import { z } from "zod";
import { text } from "@/lib/server/http/input";

export const STAFF_ROLES = ["OFFICER", "LEGAL_AID", "SUPERVISOR", "ADMIN"] as const;
export const STAFF_STATUSES = ["all", "active", "disabled", "invited"] as const;
export type StaffStatus = (typeof STAFF_STATUSES)[number];

const code = text({ trim: true }).max(10, "at most 10 characters").regex(/^[A-Za-z]*$/, "a code of letters");

/** GET /api/v1/staff and the screen's filters: every one optional, empty is absent. */
export const staffFilterSchema = z.object({
  q: text({ trim: true }).max(100, "at most 100 characters").optional(),
  role: z.enum(STAFF_ROLES).optional(),
  consulate: code.transform((v) => v.toUpperCase()).optional(),
  region: code.transform((v) => v.toUpperCase()).optional(),
  status: z.enum(STAFF_STATUSES).default("all"),
});
export type StaffFilter = z.infer<typeof staffFilterSchema>;

const FILTER_KEYS = ["q", "role", "consulate", "region", "status"] as const;

export const rawStaffFilter = (params: URLSearchParams | Record<string, string | string[] | undefined>) =>
  Object.fromEntries(
    FILTER_KEYS.map((key) => {
      const value = params instanceof URLSearchParams ? params.get(key) : params[key];
      return [key, value === "" || value === null ? undefined : value];
    }),
  );

export const staffQuerySchema = z.preprocess((params: URLSearchParams) => rawStaffFilter(params), staffFilterSchema);

const email = text({ trim: true })
  .max(254, "at most 254 characters")
  .transform((v) => v.toLowerCase())
  .pipe(z.email("an e-mail address"));
const name = text({ trim: true }).min(1, "required").max(120, "at most 120 characters");

/** POST /api/v1/staff: who, and where they work (the role says whether a consulate or a region: placementSchema). */
export const inviteSchema = z.strictObject({
  email,
  name,
  role: z.enum(STAFF_ROLES),
  consulateId: z.uuid().optional(),
  regionId: z.uuid().optional(),
});
export type InviteInput = z.infer<typeof inviteSchema>;

// The edit carries the version the screen read (staffVersion in staff-data.ts),
// so that two administrators do not silently overwrite each other.
export const staffVersion = text().regex(/^[0-9a-f]{16}$/, "the version you read");

/** PATCH /api/v1/staff/:id: any of active, role, consulate, region; at least one. */
export const staffChangeSchema = z
  .strictObject({
    version: staffVersion,
    active: z.boolean().optional(),
    role: z.enum(STAFF_ROLES).optional(),
    consulateId: z.uuid().optional(),
    regionId: z.uuid().optional(),
  })
  .refine((v) => v.active !== undefined || v.role !== undefined || v.consulateId !== undefined || v.regionId !== undefined, {
    message: "nothing to change",
    path: ["active"],
  });
export type StaffChange = z.infer<typeof staffChangeSchema>;

export const staffIdParams = z.object({ id: z.uuid() });

/** The one password rule, shared by the set-password form and the server. */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 200;
export const newPassword = text()
  .min(PASSWORD_MIN, `at least ${PASSWORD_MIN} characters`)
  .max(PASSWORD_MAX, `at most ${PASSWORD_MAX} characters`)
  .refine((v) => v.trim().length >= PASSWORD_MIN, `at least ${PASSWORD_MIN} characters`);

export const setPasswordSchema = z.strictObject({ password: newPassword });

/** A one-time link's token: 32 random bytes, base64url. */
export const staffTokenParams = z.object({ token: text().regex(/^[A-Za-z0-9_-]{43}$/, "not a link token") });
