"use client";
import { Icon } from "@/components/ui/icon";
import { useT } from "@/lib/i18n/client";
import { useLiveCase } from "./live-case";

/** Stays on the case for good once a duress cancel arrived: it is never a real one. */
export const DuressBanner = () => {
  const { t } = useT();
  if (!useLiveCase().summary.duress) return null;
  return (
    <div className="duress-banner" data-testid="duress-banner">
      <Icon name="alert" className="duress-banner__icon" />
      <p>
        <strong>{t("caseWork.duress.title")}.</strong> {t("caseWork.duress.body")}
      </p>
    </div>
  );
};
