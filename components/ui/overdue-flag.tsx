"use client";
import { useT } from "@/lib/i18n/client";
import { Icon } from "./icon";

/** A case with overdue legal-aid tasks: a word and an icon as well as the colour. */
export const OverdueFlag = ({ count }: { count: number }) => {
  const { t } = useT();
  return (
    <span className="overdue-flag" data-testid="overdue-flag">
      <Icon name="alert" />
      {t("legalDesk.overdue", { count })}
    </span>
  );
};
