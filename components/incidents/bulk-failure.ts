// What a refused incident write says, in the UI's words. A bulk action's 409
// names the cases that changed since the screen read them (BulkStale):
// nothing was written, and the user reloads and tries again.
import { plainFailureMessage } from "@/lib/client/failure-text";
import type { RequestFailure } from "@/lib/client/request";
import type { Translate } from "@/lib/i18n/translate";

/** Case numbers named before "…": enough to recognise them, short enough to read. */
export const STALE_NAMED = 8;

export const staleText = (stale: readonly { number: string }[], t: Translate): string => {
  const named = stale.slice(0, STALE_NAMED).map((c) => c.number);
  const numbers = stale.length > STALE_NAMED ? `${named.join(", ")}, …` : named.join(", ");
  return stale.length === 1 ? t("incidents.bulk.staleOne", { numbers }) : t("incidents.bulk.stale", { count: stale.length, numbers });
};

/** The stale cases a refusal lists, or null for any other refusal. */
export const staleCases = (failure: RequestFailure) => (failure.kind === "conflict" && failure.stale?.length ? failure.stale : null);

/** Whether the screen should offer to read the incident again. */
export const offersReload = (failure: RequestFailure) => failure.kind === "conflict" || failure.kind === "not_found";

export const incidentFailureText = (failure: RequestFailure, t: Translate): string => {
  switch (failure.kind) {
    case "conflict": {
      const stale = staleCases(failure);
      return stale ? staleText(stale, t) : t("incidents.error.changed");
    }
    case "forbidden":
      return t("caseWork.error.role");
    case "invalid":
      return t("caseWork.error.invalid");
    default:
      return plainFailureMessage(failure, t);
  }
};
