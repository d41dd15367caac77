// Message keys for the case-work enums: a value without a message in
// es/case-work.ts is a type error here.
import { CaseOutcome, ContactResult, type CaseStatus } from "@/lib/generated/prisma/enums";
import type { MessageKey } from "@/lib/i18n/messages/es";

export const outcomeKey = (outcome: CaseOutcome): MessageKey => `caseWork.outcome.${outcome}`;
export const contactResultKey = (result: ContactResult): MessageKey => `caseWork.contactResult.${result}`;

/** The button for a move to `to`; no action leads back to NEW. */
export const transitionKey = (to: Exclude<CaseStatus, "NEW">): MessageKey => `caseWork.action.${to}`;

// In the schema's order, which is the order an officer reads them in.
export const OUTCOMES = Object.values(CaseOutcome);
export const CONTACT_RESULTS = Object.values(ContactResult);
