"use client";
import { useId } from "react";
import { useT } from "@/lib/i18n/client";

export type RegionOption = { code: string; name: string };

/** The regions this viewer may look at: a supervisor, their own; an administrator, each one or all. */
export const RegionSelect = ({
  regions,
  allowAll,
  value,
  onChange,
}: {
  regions: readonly RegionOption[];
  allowAll: boolean;
  value: string;
  onChange: (region: string) => void;
}) => {
  const { t } = useT();
  const id = useId();
  return (
    <div className="region-select">
      <label htmlFor={id}>{t("map.region.select")}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)} data-testid="region-select">
        {allowAll && <option value="all">{t("map.region.all")}</option>}
        {regions.map((r) => (
          <option key={r.code} value={r.code}>
            {r.name}
          </option>
        ))}
      </select>
    </div>
  );
};
