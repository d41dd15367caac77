"use client";
import type { ReactNode } from "react";
import { useT } from "@/lib/i18n/client";

type FilterSelectProps = {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  testId: string;
  children: ReactNode;
};

/** One labelled select of a queue's filter bar (the triage queue's, the legal-aid queue's). */
export const FilterSelect = ({ id, label, value, onChange, testId, children }: FilterSelectProps) => (
  <div className="queue-filter">
    <label htmlFor={id} className="queue-filter__label">
      {label}
    </label>
    <select id={id} value={value} onChange={(event) => onChange(event.target.value)} data-testid={testId}>
      {children}
    </select>
  </div>
);

/** The owner choices every queue offers: anyone, the user, nobody. */
export const OwnerOptions = () => {
  const { t } = useT();
  return (
    <>
      <option value="">{t("queue.filter.owner.any")}</option>
      <option value="me">{t("queue.filter.owner.me")}</option>
      <option value="unassigned">{t("queue.filter.owner.unassigned")}</option>
    </>
  );
};
