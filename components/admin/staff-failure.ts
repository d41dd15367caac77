// What a staff administration form says when the server refused: the domain's
// reason (staff-mutations.ts) in words, else the first field in error, else the code.
import type { RequestFailure } from "@/lib/client/request";
import type { Translate } from "@/lib/i18n/translate";

const REASONS = ["email_taken", "stale", "self", "last_admin", "placement", "disabled"] as const;
type Reason = (typeof REASONS)[number];
const isReason = (value: string | undefined): value is Reason => (REASONS as readonly (string | undefined)[]).includes(value);

export const staffFailureText = (t: Translate, failure: RequestFailure) => {
  const reason = "reason" in failure ? failure.reason : undefined;
  if (isReason(reason)) return t("staff.error", { reason: t(`staff.error.${reason}`) });
  if (failure.kind === "invalid") {
    const issue = failure.issues[0];
    return t("staff.error", { reason: issue ? `${issue.path}: ${issue.message}` : "invalid_body" });
  }
  const code = failure.kind === "server" ? (failure.code ?? String(failure.status)) : failure.kind;
  return t("staff.error", { reason: t("staff.error.other", { code }) });
};
