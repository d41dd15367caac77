"use client";
// The jurisdictions screen: the map, a searchable list of counties beside it
// (the keyboard's and the screen reader's way to the same choice), and the
// chosen county's panel.
import { useMemo, useState } from "react";
import { useT } from "@/lib/i18n/client";
import type { ConsulateOption, CountyRow } from "@/lib/consulates/types";
import { JurisdictionAdminMapLazy } from "./jurisdiction-admin-map-lazy";
import { JurisdictionCountyPanel } from "./jurisdiction-county-panel";

const SHOWN = 40;

const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

export const JurisdictionEditor = ({ counties: initial, consulates, timeZone }: { counties: CountyRow[]; consulates: ConsulateOption[]; timeZone: string }) => {
  const { t } = useT();
  const [counties, setCounties] = useState(initial);
  const [query, setQuery] = useState("");
  const [selected, setSelected] = useState<{ fips: string; fromList: boolean } | null>(null);
  const matches = useMemo(() => {
    const words = fold(query).split(/\s+/).filter(Boolean);
    if (words.length === 0) return counties.filter((c) => c.reassignedAt);
    return counties.filter((c) => {
      const text = fold(`${c.name} ${c.state} ${c.fips} ${c.consulateCode}`);
      return words.every((w) => text.includes(w));
    });
  }, [counties, query]);
  const county = selected ? counties.find((c) => c.fips === selected.fips) : undefined;

  return (
    <div className="jurisdiction-editor">
      <div className="jurisdiction-editor__map">
        <JurisdictionAdminMapLazy counties={counties} selected={selected?.fips ?? null} onSelect={(fips) => setSelected({ fips, fromList: false })} label={t("jurisdictions.mapLabel")} />
      </div>
      <div className="jurisdiction-editor__side">
        <section className="panel" aria-labelledby="county-search-heading">
          <h2 id="county-search-heading" className="panel__title">
            {t("jurisdictions.listLabel")}
          </h2>
          <div className="field">
            <label htmlFor="county-search">{t("jurisdictions.search")}</label>
            <input id="county-search" type="search" value={query} onChange={(e) => setQuery(e.target.value)} aria-describedby="county-search-hint county-search-count" />
            <span id="county-search-hint" className="field__hint">
              {t("jurisdictions.searchHint")}
            </span>
          </div>
          <p id="county-search-count" className="field__hint" aria-live="polite">
            {matches.length > SHOWN
              ? t("jurisdictions.resultsMore", { shown: SHOWN, count: matches.length })
              : matches.length === 1
                ? t("jurisdictions.resultsOne")
                : t("jurisdictions.results", { count: matches.length })}
          </p>
          <ul className="county-list" aria-label={t("jurisdictions.listLabel")} data-testid="county-list">
            {matches.slice(0, SHOWN).map((c) => (
              <li key={c.fips}>
                <button
                  type="button"
                  className="county-list__item"
                  aria-pressed={selected?.fips === c.fips}
                  onClick={() => setSelected({ fips: c.fips, fromList: true })}
                >
                  <span>{t("jurisdictions.county", { name: c.name, state: c.state })}</span>
                  <span className="county-list__code">
                    {c.consulateCode}
                    {c.reassignedAt ? ` · ${t("jurisdictions.reassignedBadge")}` : ""}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
        {county ? (
          <JurisdictionCountyPanel
            key={county.fips}
            county={county}
            consulates={consulates}
            timeZone={timeZone}
            focusOnShow={selected?.fromList ?? false}
            onReassigned={(next) => setCounties((all) => all.map((c) => (c.fips === next.fips ? next : c)))}
          />
        ) : (
          <p className="panel jurisdiction-panel__none">{t("jurisdictions.panel.none")}</p>
        )}
      </div>
    </div>
  );
};
