// Bodies of the case-work API: shared by the routes and the forms.
import { z } from "zod";
import { CaseOutcome, CaseStatus, ContactResult } from "@/lib/generated/prisma/enums";

const version = z.number().int().min(1);
const reason = z.string().trim().max(2000);

export const transitionSchema = z.strictObject({
  to: z.enum(CaseStatus),
  version,
  reason: reason.optional(),
  outcome: z.enum(CaseOutcome).optional(),
  /** Ending a case with open tasks: true cancels them (each on the timeline); otherwise a 409 lists them. */
  cancelOpenTasks: z.boolean().optional(),
});

export const reopenSchema = z.strictObject({ version, reason: reason.min(1, "required") });

export const assignmentSchema = z.strictObject({ ownerId: z.uuid(), version });

export const noteSchema = z.strictObject({ body: z.string().trim().min(1, "required").max(5000) });

export const contactAttemptSchema = z.strictObject({
  contactName: z.string().trim().min(1, "required").max(200),
  phone: z.string().trim().max(32).optional(),
  result: z.enum(ContactResult),
  notes: z.string().trim().max(2000).optional(),
});

export type TransitionInput = z.infer<typeof transitionSchema>;
export type ContactAttemptInput = z.infer<typeof contactAttemptSchema>;
