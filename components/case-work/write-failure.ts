// What to tell the officer about a refused write, and which field to mark.
import { plainFailureMessage } from "@/lib/client/failure-text";
import type { Issue, RequestFailure } from "@/lib/client/request";
import type { CaseStatus } from "@/lib/generated/prisma/enums";
import { statusKey } from "@/lib/i18n/labels";
import type { Translate } from "@/lib/i18n/translate";

export type FieldErrors = Partial<Record<string, string>>;

/** A sentence for the failure; `shownStatus` covers a 409 whose body lacks the current status. */
export const failureMessage = (failure: RequestFailure, { t, shownStatus }: { t: Translate; shownStatus?: CaseStatus }) => {
  switch (failure.kind) {
    case "conflict": {
      if (failure.reason === "open_case_exists") return t("caseWork.error.openCaseExists");
      if (failure.reason === "open_tasks") return t("legal.error.open_tasks");
      const status = failure.currentStatus ?? shownStatus;
      return status ? t("caseWork.error.conflict", { status: t(statusKey(status)) }) : t("caseWork.error.server");
    }
    case "forbidden":
      if (failure.reason === "not_owner") {
        return failure.owner ? t("caseWork.error.notOwner", { name: failure.owner }) : t("caseWork.error.notOwnerUnknown");
      }
      return failure.reason === "duress" ? t("caseWork.error.duress") : t("caseWork.error.role");
    case "invalid":
      return t("caseWork.error.invalid");
    default:
      return plainFailureMessage(failure, t);
  }
};

/** Whether the page must be re-read to show what the server holds now. */
export const failureNeedsRefresh = (failure: RequestFailure) =>
  failure.kind === "conflict" || failure.kind === "forbidden" || failure.kind === "not_found";

type IssueLike = { path: string | PropertyKey[]; code?: string; maximum?: unknown; message: string };

const issueText = (issue: IssueLike, t: Translate) => {
  if (issue.code === "too_big" && typeof issue.maximum === "number") return t("caseWork.field.tooLong", { max: issue.maximum });
  if (issue.code === "too_small" || issue.message === "required") return t("caseWork.field.required");
  return t("caseWork.field.invalid");
};

/** Field → message, from the zod issues of the shared schema or the server's 400. */
export const fieldErrors = (issues: readonly (IssueLike | Issue)[], t: Translate): FieldErrors => {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = Array.isArray(issue.path) ? String(issue.path[0] ?? "") : String(issue.path).split(".")[0];
    errors[field] ??= issueText(issue, t);
  }
  return errors;
};
