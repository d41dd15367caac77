// Bodies of the retention API: the administrators' schedules and a case's
// legal hold. Shared by the routes and the forms.
import { z } from "zod";
import { text, version as versionOf } from "@/lib/server/http/input";

export const RETENTION_CLASSES = ["RESCINDED", "NOT_DETAINED", "CLOSED"] as const;
export type RetentionClassName = (typeof RETENTION_CLASSES)[number];

export const RETENTION_DAYS_MAX = 36_500;

/** Whole days 1..36500, or null for never. */
const days = z.number().int("whole_days").min(1, "whole_days").max(RETENTION_DAYS_MAX, "whole_days").nullable();

export type RetentionSchedule = { coarsenAfterDays: number | null; purgeAfterDays: number | null };

/** The one rule across the two fields: coarsening comes before the purge. */
export const scheduleIssues = ({ coarsenAfterDays, purgeAfterDays }: RetentionSchedule) =>
  coarsenAfterDays !== null && purgeAfterDays !== null && coarsenAfterDays >= purgeAfterDays
    ? [{ path: "coarsenAfterDays", message: "coarsen_before_purge" }]
    : [];

export const retentionClassParamsSchema = z.strictObject({ class: z.enum(RETENTION_CLASSES) });

export const updateRetentionPolicySchema = z
  .strictObject({ version: versionOf(), coarsenAfterDays: days, purgeAfterDays: days })
  .superRefine((value, context) => {
    for (const issue of scheduleIssues(value)) context.addIssue({ code: "custom", path: [issue.path], message: issue.message });
  });

export type UpdateRetentionPolicyInput = z.infer<typeof updateRetentionPolicySchema>;

export const placeLegalHoldSchema = z.strictObject({
  version: versionOf(),
  reason: text({ trim: true, max: 2000 }).min(1, "required"),
});

export const liftLegalHoldSchema = z.strictObject({ version: versionOf() });
