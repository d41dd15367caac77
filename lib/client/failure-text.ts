// The failures that read the same on every screen, whichever desk sent the request.
import type { Translate } from "@/lib/i18n/translate";
import type { RequestFailure } from "./request";

const PLAIN = {
  not_found: "caseWork.error.notFound",
  unauthorized: "caseWork.error.signedOut",
  network: "caseWork.error.network",
  server: "caseWork.error.server",
} as const;

type PlainFailure = Extract<RequestFailure, { kind: keyof typeof PLAIN }>;

export const plainFailureMessage = (failure: PlainFailure, t: Translate) => t(PLAIN[failure.kind]);
