"use client";
import { useId } from "react";
import { useT } from "@/lib/i18n/client";

export type RegionOption = { code: string; name: string };

/** The regions this viewer may look at (a supervisor: their own). */
export const RegionSelect = ({
  regions,
  value,
  onChange,
}: {
  regions: readonly RegionOption[];
  value: string;
  onChange: (region: string) => void;
}) => {
  const { t } = useT();
  const id = useId();
  return (
    <div className="region-select">
      <label htmlFor={id}>{t("map.region.select")}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)} data-testid="region-select">
        {regions.map((r) => (
          <option key={r.code} value={r.code}>
            {r.name}
          </option>
        ))}
      </select>
    </div>
  );
};
