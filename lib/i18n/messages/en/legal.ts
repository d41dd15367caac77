// English messages of legal-aid follow-up (merged into en.ts).
import type { legalEs } from "../es/legal";

export const legalEn: Record<keyof typeof legalEs, string> = {
  "timeline.kind.LEGAL_RECORD_CHANGED": "Legal record changed",
  "timeline.kind.HEARING_SCHEDULED": "Hearing scheduled",
  "timeline.kind.HEARING_CHANGED": "Hearing changed",
  "timeline.kind.TASK_ADDED": "Task added",
  "timeline.kind.TASK_CHANGED": "Task changed",
  "timeline.kind.TRANSFER_REQUESTED": "Transfer requested",
  "timeline.kind.TRANSFER_ACCEPTED": "Transfer accepted",
  "timeline.kind.TRANSFER_DECLINED": "Transfer declined",
  "timeline.kind.FAMILY_MESSAGE": "Message to the family",

  "legal.sms.located_at_facility":
    "Consulate of Mexico: {person} is held at {facility}, {city}, {state}. We will keep you informed. Case {caseNumber}.",
  "legal.sms.hearing_scheduled": "Consulate of Mexico: {person} has a hearing on {date} at {court}. Case {caseNumber}.",
  "legal.sms.bond_set":
    "Consulate of Mexico: the judge set bond at {amount} for {person}. Call us for guidance. Case {caseNumber}.",
  "legal.sms.released": "Consulate of Mexico: {person} has been released. Case {caseNumber}.",
  "legal.sms.transferred": "Consulate of Mexico: {person}'s case is now handled by the {consulate}. Case {caseNumber}.",

  "legal.template.located_at_facility": "Located at a detention facility",
  "legal.template.hearing_scheduled": "Hearing scheduled",
  "legal.template.bond_set": "Bond set",
  "legal.template.released": "Released",
  "legal.template.transferred": "Case transferred",

  "legal.error.case_closed": "The case is closed: it is read-only until it is reopened.",
  "legal.error.open_tasks": "The case has open tasks: complete them, or cancel them when closing.",
  "legal.error.a_number_taken": "That A-number already belongs to another person.",
  "legal.error.a_number_format": "An A-number has 8 or 9 digits.",
  "legal.error.self_approval": "Another staff member must approve the message.",
  "legal.error.template_data": "The record lacks the data this template needs.",
};
