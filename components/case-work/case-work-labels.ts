// Message keys for the case-work forms: a value without a message in
// es/case-work.ts is a type error here. (Outcomes and contact results are
// read elsewhere too: lib/i18n/labels.ts.)
import { ContactResult, type CaseStatus } from "@/lib/generated/prisma/enums";
import type { MessageKey } from "@/lib/i18n/messages/es";

/** The button for a move to `to`; no action leads back to NEW. */
export const transitionKey = (to: Exclude<CaseStatus, "NEW">): MessageKey => `caseWork.action.${to}`;

// In the schema's order, which is the order an officer reads them in.
export const CONTACT_RESULTS = Object.values(ContactResult);
