// Realtime events of legal-aid work, typed once for the server and the browser.
export const REMINDER_CREATED = "reminder:created";
export const TRANSFER_REQUESTED = "transfer:requested";
export const CASE_TRANSFERRED = "case:transferred";

/** A reminder shown live to its one user (sent to the `user:<id>` room). */
export type ReminderNotice = {
  id: string;
  caseId: string;
  caseNumber: string;
  targetType: "task" | "hearing";
  targetId: string;
  /** The task's title, or the hearing's court. */
  title: string;
  dueAt: string;
  offsetMinutes: number;
  createdAt: string;
};

/** To the receiving consulate's rooms: a case waits for its answer. */
export type TransferNotice = {
  transferId: string;
  caseId: string;
  caseNumber: string;
  fromConsulateCode: string;
  toConsulateCode: string;
};

/** To the sending consulate's rooms after an accept: the case has left their view. */
export type CaseTransferredNotice = { caseId: string; caseNumber: string; toConsulateCode: string };
