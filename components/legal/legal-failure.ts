// What to tell the user about a refused legal-aid write.
import { plainFailureMessage } from "@/lib/client/failure-text";
import type { RequestFailure } from "@/lib/client/request";
import type { MessageKey } from "@/lib/i18n/messages/es";
import type { Translate } from "@/lib/i18n/translate";

const CONFLICTS: Record<string, MessageKey> = {
  a_number_taken: "legal.error.a_number_taken",
  a_number_unavailable: "legal.error.a_number_unavailable",
  open_tasks: "legal.error.open_tasks",
  case_closed: "legal.error.case_closed",
  transfer_pending: "legalDesk.error.transferPending",
  transfer_decided: "legalDesk.error.transferDecided",
  not_draft: "legalDesk.error.notDraft",
};

const STALE: Record<string, MessageKey> = {
  legal_record: "legalDesk.error.staleRecord",
  hearing: "legalDesk.error.staleHearing",
  task: "legalDesk.error.staleTask",
};

/** The conflicts that are about the A-number typed, shown beside its field. */
export const A_NUMBER_REFUSALS: ReadonlySet<string> = new Set(["a_number_taken", "a_number_unavailable"]);

/** The server names a malformed A-number as the 400's first issue, or as its reason. */
export const isANumberFormat = (failure: RequestFailure | null) =>
  failure?.kind === "invalid" && (failure.issues[0]?.message ?? failure.reason) === "a_number_format";

export const legalFailureMessage = (failure: RequestFailure, t: Translate) => {
  switch (failure.kind) {
    case "conflict":
      if (failure.reason === "stale_version") return t(STALE[failure.target ?? ""] ?? "legalDesk.error.stale");
      return t(CONFLICTS[failure.reason] ?? "legalDesk.error.stale");
    case "forbidden":
      return t(failure.reason === "self_approval" ? "legal.error.self_approval" : "caseWork.error.role");
    case "invalid":
      if (isANumberFormat(failure)) return t("legal.error.a_number_format");
      if (failure.issues.some((i) => i.path === "template")) return t("legal.error.template_data");
      return t("caseWork.error.invalid");
    default:
      return plainFailureMessage(failure, t);
  }
};
