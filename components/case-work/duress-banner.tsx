"use client";
import { Icon } from "@/components/ui/icon";
import { isEnded } from "@/lib/cases/lifecycle";
import { useT } from "@/lib/i18n/client";
import { useLiveCase } from "./live-case";

/**
 * Stays on the case for good once a duress cancel arrived: it is never a real
 * one. Once the case has ended it is a quiet note, not an alarm.
 */
export const DuressBanner = () => {
  const { t } = useT();
  const { summary } = useLiveCase();
  if (!summary.duress) return null;
  if (isEnded(summary.status)) {
    return (
      <p className="duress-note" data-testid="duress-note">
        <Icon name="alert" className="duress-note__icon" />
        {t("caseWork.duress.endedNote")}
      </p>
    );
  }
  return (
    <div className="duress-banner" data-testid="duress-banner">
      <Icon name="alert" className="duress-banner__icon" />
      <p>
        <strong>{t("caseWork.duress.title")}.</strong> {t("caseWork.duress.body")}
      </p>
    </div>
  );
};
