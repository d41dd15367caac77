// What a refused incident write says, in the UI's words. A bulk action's 409
// names the cases that changed since the screen read them (BulkStale):
// nothing was written, and the user reloads and tries again.
import { plainFailureMessage } from "@/lib/client/failure-text";
import type { RequestFailure } from "@/lib/client/request";
import type { Translate } from "@/lib/i18n/translate";

/** Case numbers named before "…": enough to recognise them, short enough to read. */
export const STALE_NAMED = 8;

/** "LAX-2026-000101, LAX-2026-000102, …": the first few numbers. */
export const caseNumbers = (cases: readonly { number: string }[]) => {
  const named = cases.slice(0, STALE_NAMED).map((c) => c.number);
  return cases.length > STALE_NAMED ? `${named.join(", ")}, …` : named.join(", ");
};

export const staleText = (stale: readonly { number: string }[], t: Translate): string => {
  const numbers = caseNumbers(stale);
  return stale.length === 1 ? t("incidents.bulk.staleOne", { numbers }) : t("incidents.bulk.stale", { count: stale.length, numbers });
};

const refusedText = (refused: readonly { number: string }[], t: Translate): string => {
  const numbers = caseNumbers(refused);
  return refused.length === 1 ? t("incidents.bulk.refusedOne", { numbers }) : t("incidents.bulk.refused", { count: refused.length, numbers });
};

/** The stale cases a refusal lists, or null for any other refusal. */
export const staleCases = (failure: RequestFailure) => (failure.kind === "conflict" && failure.stale?.length ? failure.stale : null);

/** Whether the screen should offer to read the incident again. */
export const offersReload = (failure: RequestFailure) => (failure.kind === "conflict" && !failure.refused?.length) || failure.kind === "not_found";

export const incidentFailureText = (failure: RequestFailure, t: Translate): string => {
  switch (failure.kind) {
    case "conflict": {
      const stale = staleCases(failure);
      if (stale) return staleText(stale, t);
      return failure.refused?.length ? refusedText(failure.refused, t) : t("incidents.error.changed");
    }
    case "forbidden":
      return failure.refused?.length ? refusedText(failure.refused, t) : t("caseWork.error.role");
    case "invalid":
      return t("caseWork.error.invalid");
    default:
      return plainFailureMessage(failure, t);
  }
};
