// The escalation policy's steps, pure: which step follows which, when it is
// due, and which level each one leaves on the case. The handler
// (./mutations.ts) reads the case and the consulate's policy and asks here.
import type { EscalationLevel } from "@/lib/generated/prisma/enums";

export const ESCALATION_QUEUE = "escalation";

/** amber: on-duty staff; red: the region's supervisors; offer: the backup consulate; contact: a taken case without contact; duress: red at once. */
export const ESCALATION_STEPS = ["amber", "red", "offer", "contact", "duress"] as const;
export type EscalationStep = (typeof ESCALATION_STEPS)[number];

export const isEscalationStep = (value: unknown): value is EscalationStep =>
  typeof value === "string" && (ESCALATION_STEPS as readonly string[]).includes(value);

export const LEVEL_OF_STEP: Record<EscalationStep, EscalationLevel> = {
  amber: "ON_DUTY",
  red: "SUPERVISORS",
  duress: "SUPERVISORS",
  offer: "BACKUP",
  contact: "CONTACT_OVERDUE",
};

// How far an untaken case has gone: a step below the level it already holds is late (a duress went first) and does nothing.
const RANK: Record<EscalationLevel, number> = { ON_DUTY: 1, SUPERVISORS: 2, BACKUP: 3, CONTACT_OVERDUE: 0 };

export const isBehind = (step: EscalationStep, level: EscalationLevel | null) =>
  step !== "contact" && step !== "duress" && level !== null && RANK[level] >= RANK[LEVEL_OF_STEP[step]];

export type Policy = {
  alertAt: Date;
  ackRedMinutes: number;
  offerAfterMinutes: number;
  hasBackup: boolean;
};

const minutes = (at: Date, n: number) => new Date(at.getTime() + n * 60_000);

/** The next step of an untaken case after `step`, and when it is due; null when the chain ends here. */
export const nextStep = (step: EscalationStep, policy: Policy, now: Date): { step: EscalationStep; runAt: Date } | null => {
  const redAt = minutes(policy.alertAt, policy.ackRedMinutes);
  switch (step) {
    case "amber":
      return { step: "red", runAt: redAt };
    case "red":
      return policy.hasBackup ? { step: "offer", runAt: minutes(redAt, policy.offerAfterMinutes) } : null;
    case "duress":
      // The supervisors were told at once; the backup after the same further interval, counted from now.
      return policy.hasBackup ? { step: "offer", runAt: minutes(now, policy.offerAfterMinutes) } : null;
    case "offer":
    case "contact":
      return null;
  }
};

/** The job key of a step: the first step holds the case's own key (the database's triggers write it, and the duress and contact ones). */
export const stepKey = (caseId: string, step: EscalationStep) => (step === "amber" ? `escalation:${caseId}` : `escalation:${caseId}:${step}`);

/** Whether a case has reached the region's supervisors and waits for an answer: their queue flags it and chimes once. */
export const reachesSupervisors = (summary: { escalation: { level: EscalationLevel } | null }) =>
  summary.escalation?.level === "SUPERVISORS" || summary.escalation?.level === "BACKUP";
