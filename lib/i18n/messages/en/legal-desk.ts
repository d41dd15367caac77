// English messages of the legal-aid screens (merged into en.ts).
import type { legalDeskEs } from "../es/legal-desk";

export const legalDeskEn: Record<keyof typeof legalDeskEs, string> = {
  "nav.legal": "Legal aid",
  "nav.reports": "Reports",

  "legalDesk.pageTitle": "Legal aid",
  "legalDesk.title": "Legal aid",
  "legalDesk.tableLabel": "Legal-aid cases: overdue first, then the nearest deadline",
  "legalDesk.empty": "No cases referred to legal aid for now.",
  "legalDesk.column.person": "Person and A-number",
  "legalDesk.column.facility": "Facility and custody",
  "legalDesk.column.assignee": "Legal-aid assignee",
  "legalDesk.column.deadline": "Next deadline",
  "legalDesk.filter.assignee": "Legal-aid assignee",
  "legalDesk.filter.overdue": "Only with overdue tasks",
  "legalDesk.aNumber.none": "No A-number",
  "legalDesk.facility.none": "Facility not recorded",
  "legalDesk.deadline.none": "No deadlines",
  "legalDesk.deadline.hearing": "Hearing: {title}",
  "legalDesk.deadline.task": "Task: {title}",
  "legalDesk.overdue": "{count} overdue",
  "legalDesk.take.label": "Take case {number} as legal aid",
  "legalDesk.take.done": "Case {number} taken: you are its legal-aid assignee.",
  "legalDesk.span.minutes": "{n} min",
  "legalDesk.span.hours": "{h} h {m} min",
  "legalDesk.span.days": "{n} d",
  "legalDesk.until.in": "in {span}",
  "legalDesk.until.ago": "{span} ago",
  "legalDesk.until.now": "now",

  "legalDesk.transfer.incomingTitle": "Transfers awaiting your answer ({count})",
  "legalDesk.transfer.from": "from {code} · {name}",
  "legalDesk.transfer.reason": "Reason: {reason}",
  "legalDesk.transfer.accept": "Accept transfer",
  "legalDesk.transfer.decline": "Decline transfer",
  "legalDesk.transfer.declineTitle": "Decline the transfer of case {number}",
  "legalDesk.transfer.declineIntro": "Say why your consulate does not take the case: the consulate that asked reads it on the timeline.",
  "legalDesk.transfer.accepted": "Transfer accepted: case {number} now belongs to your consulate.",
  "legalDesk.transfer.declined": "Transfer of case {number} declined.",
  "legalDesk.transfer.open": "Open the case",

  "legalDesk.error.stale": "Someone else changed this while you were editing. The latest version is shown.",
  "legalDesk.error.staleRecord":
    "Someone else saved the legal record while you were editing. Your changes are still in the form: load the current version and apply them again.",
  "legalDesk.error.staleHearing": "Someone else changed this hearing. The latest version is shown; check it before trying again.",
  "legalDesk.error.staleTask": "Someone else changed this task. The latest version is shown; check it before trying again.",
  "legalDesk.error.transferPending": "A transfer request for this case is already pending.",
  "legalDesk.error.transferDecided": "Someone else already answered this transfer request.",
  "legalDesk.error.notDraft": "This message is no longer a draft: someone else approved or discarded it.",

  "reports.export": "Export CSV",
} satisfies Record<string, string>;
