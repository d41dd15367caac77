"use client";
import { useId, useState } from "react";
import { useT } from "@/lib/i18n/client";
import type { Facility } from "@/lib/legal-aid/types";

type FacilityFieldProps = {
  facilities: readonly Facility[];
  mode: "list" | "other";
  facilityId: string;
  facilityOther: string;
  onChange: (next: { mode: "list" | "other"; facilityId: string; facilityOther: string }) => void;
};

const OTHER = "__other";

const matches = (facility: Facility, words: string[]) => {
  const text = `${facility.name} ${facility.city} ${facility.state} ${facility.code}`.toLowerCase();
  return words.every((word) => text.includes(word));
};

/** One of the seeded facilities (narrowed by typing), or "other" with free text. */
export const FacilityField = ({ facilities, mode, facilityId, facilityOther, onChange }: FacilityFieldProps) => {
  const { t } = useT();
  const id = useId();
  const [query, setQuery] = useState("");
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  // The chosen facility stays in the list whatever the search, so the select never lies about the value.
  const shown = facilities.filter((f) => f.id === facilityId || matches(f, words));
  const chosen = facilities.find((f) => f.id === facilityId);
  return (
    <div className="field legal-facility">
      <label htmlFor={`${id}-search`}>{t("legalPanel.facility.search")}</label>
      <input
        id={`${id}-search`}
        type="search"
        value={query}
        autoComplete="off"
        onChange={(event) => setQuery(event.target.value)}
        aria-describedby={`${id}-count`}
        data-testid="facility-search"
      />
      <p id={`${id}-count`} className="field__hint" aria-live="polite">
        {t("legalPanel.facility.count", { count: shown.length })}
      </p>
      <label htmlFor={`${id}-select`}>{t("legal.field.facility")}</label>
      <select
        id={`${id}-select`}
        value={mode === "other" ? OTHER : facilityId}
        onChange={(event) =>
          event.target.value === OTHER
            ? onChange({ mode: "other", facilityId: "", facilityOther })
            : onChange({ mode: "list", facilityId: event.target.value, facilityOther })
        }
        data-testid="facility-select"
      >
        <option value="">{t("legalPanel.facility.none")}</option>
        {shown.map((f) => (
          <option key={f.id} value={f.id}>
            {f.name} · {f.city}, {f.state} ({f.consulateCode})
          </option>
        ))}
        <option value={OTHER}>{t("legalPanel.facility.other")}</option>
      </select>
      {mode === "other" && (
        <>
          <label htmlFor={`${id}-other`}>{t("legal.field.facilityOther")}</label>
          <input
            id={`${id}-other`}
            value={facilityOther}
            maxLength={300}
            onChange={(event) => onChange({ mode, facilityId: "", facilityOther: event.target.value })}
          />
        </>
      )}
      {chosen && mode === "list" && (
        <p className="field__hint">{t("legalPanel.facility.jurisdiction", { county: chosen.countyName, code: chosen.consulateCode })}</p>
      )}
    </div>
  );
};
