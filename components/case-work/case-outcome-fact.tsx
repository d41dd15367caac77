"use client";
import { useT } from "@/lib/i18n/client";
import { outcomeKey } from "@/lib/i18n/labels";
import { useLiveCase } from "./live-case";

/** One more fact in the header's list once the case is closed. */
export const CaseOutcomeFact = () => {
  const { t } = useT();
  const { outcome } = useLiveCase().summary;
  if (!outcome) return null;
  return (
    <div>
      <dt>{t("caseWork.outcome.label")}</dt>
      <dd data-testid="case-outcome">{t(outcomeKey(outcome))}</dd>
    </div>
  );
};
