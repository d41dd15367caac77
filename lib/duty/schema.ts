// The roster's requests: a weekly shift (a weekday and local clock times in
// the consulate's zone) or a one-off shift (two instants), for one person.
import { z } from "zod";
import { dateOnly, dateTime, text } from "@/lib/server/http/input";

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A local clock time, "00:00" to "23:59". */
export const clockTime = () => z.string().regex(HH_MM, "must be a time HH:MM, 00:00 to 23:59");

const uuid = () => z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, "must be a user's id");

const consulateCode = () => text().regex(/^[A-Za-z]{3}$/, "must be a consulate's three-letter code").transform((code) => code.toUpperCase());

const common = {
  consulateCode: consulateCode(),
  userId: uuid(),
  note: text({ trim: true, max: 200 }).optional(),
};

const weeklyShift = z.strictObject({
  kind: z.literal("WEEKLY"),
  ...common,
  // 0 = Sunday .. 6 = Saturday, as PostgreSQL's EXTRACT(DOW).
  weekday: z.number().int().min(0, "must be 0 (Sunday) to 6 (Saturday)").max(6, "must be 0 (Sunday) to 6 (Saturday)"),
  // An end at or before the start runs past midnight into the next day.
  startsLocal: clockTime(),
  endsLocal: clockTime(),
});

const onceShift = z
  .strictObject({
    kind: z.literal("ONCE"),
    ...common,
    startsAt: dateTime(),
    endsAt: dateTime(),
  })
  // Only between two valid instants: a bad one is already named by its own field.
  .refine(({ startsAt, endsAt }) => !(Date.parse(endsAt) <= Date.parse(startsAt)), { path: ["endsAt"], message: "must be after startsAt" });

export const createShiftSchema = z.discriminatedUnion("kind", [weeklyShift, onceShift]);

export type CreateShiftInput = z.output<typeof createShiftSchema>;

/** GET /api/v1/roster?consulate=LAX&week=2026-12-07: the week (any day of it, local) of one consulate's roster. */
export const rosterQuerySchema = z.preprocess(
  (params: URLSearchParams) => ({ consulate: params.get("consulate") || undefined, week: params.get("week") || undefined }),
  z.object({ consulate: consulateCode().optional(), week: dateOnly().optional() }),
);

export type RosterQuery = z.output<typeof rosterQuerySchema>;
