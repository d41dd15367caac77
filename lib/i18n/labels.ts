// Message keys for the enums. Written as template types, so an enum value
// without a message in es.ts is a type error here.
import { CaseOutcome, type CasePriority, type CaseStatus, type ContactResult, type Role, type TimelineKind } from "@/lib/generated/prisma/enums";
import type { MessageKey } from "./messages/es";

export const statusKey = (status: CaseStatus): MessageKey => `status.${status}`;
export const priorityKey = (priority: CasePriority): MessageKey => `priority.${priority}`;
export const roleKey = (role: Role): MessageKey => `role.${role}`;
export const timelineKindKey = (kind: TimelineKind): MessageKey => `timeline.kind.${kind}`;
export const outcomeKey = (outcome: CaseOutcome): MessageKey => `caseWork.outcome.${outcome}`;
export const contactResultKey = (result: ContactResult): MessageKey => `caseWork.contactResult.${result}`;

// In the schema's order, which is the order an officer reads them in.
export const OUTCOMES = Object.values(CaseOutcome);

// The phone sends a free-text relationship (at most 64 characters); the usual
// English words are translated, anything else is shown as sent.
const RELATIONSHIPS = [
  "spouse",
  "partner",
  "mother",
  "father",
  "parent",
  "daughter",
  "son",
  "child",
  "sister",
  "brother",
  "sibling",
  "relative",
  "friend",
  "employer",
  "lawyer",
  "other",
] as const;

export const relationshipKey = (relationship: string): MessageKey | null => {
  const known = RELATIONSHIPS.find((r) => r === relationship.trim().toLowerCase());
  return known ? `relationship.${known}` : null;
};
