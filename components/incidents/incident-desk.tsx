"use client";
import { useState, type ReactNode } from "react";
import type { CaseSummary } from "@/lib/cases/events";
import type { Actor } from "@/lib/cases/lifecycle";
import { useT } from "@/lib/i18n/client";
import { formatNumber } from "@/lib/i18n/format";
import type { IncidentSummary } from "@/lib/incidents/types";
import { IncidentBulkBar } from "./incident-bulk-bar";
import { IncidentCaseTable } from "./incident-case-table";
import { IncidentHeader } from "./incident-header";
import { IncidentNotes } from "./incident-notes";
import { useIncident } from "./use-incident";

/** What the page's map is handed: the incident's area, its cases, and the case picked on either side. */
export type IncidentMapSlot = {
  incident: IncidentSummary;
  cases: readonly CaseSummary[];
  pickedId: string | null;
  onPick: (caseId: string) => void;
};

type IncidentDeskProps = {
  incidentId: string;
  actor: Actor;
  /** The map of its cases; the page composes it, so this desk imports no map. */
  renderMap?: (slot: IncidentMapSlot) => ReactNode;
};

/** One raid incident: its header, its cases on a map and in a list with bulk actions, and its shared notes; live. */
export const IncidentDesk = ({ incidentId, actor, renderMap }: IncidentDeskProps) => {
  const { t, locale } = useT();
  const { load, live, reload, applyCases, addNote } = useIncident(incidentId);
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());
  const [pickedId, setPickedId] = useState<string | null>(null);

  if (load.state === "loading") return <p className="panel__intro">{t("common.loading")}</p>;
  if (load.state === "missing") return <p className="panel__intro" data-testid="incident-missing">{t("incidents.notFound")}</p>;
  if (load.state === "failed")
    return (
      <p className="form__error" role="alert">
        {t("incidents.loadFailed")}{" "}
        <button type="button" className="button button--quiet button--small" onClick={() => void reload()}>
          {t("incidents.retry")}
        </button>
      </p>
    );

  const { incident, cases, notes } = load.detail;
  // Picked cases that left the incident are no longer picked.
  const picked = cases.filter((c) => selected.has(c.id));
  const pick = (caseId: string) => setPickedId(caseId);
  return (
    <div className="incident-desk" data-testid="incident-desk" data-incident-id={incident.id} data-status={incident.status}>
      <IncidentHeader incident={incident} anyCaseId={cases[0]?.id ?? null} live={live} onChanged={() => void reload()} />
      <div className="incident-grid">
        <section className="panel incident-list" aria-labelledby="incident-list-title">
          <div className="panel__header">
            <h2 id="incident-list-title" className="panel__title">
              {t("incidents.list.title")}
            </h2>
            <span className="panel__count" data-testid="incident-selected-count">
              {t("incidents.list.selected", { count: formatNumber(picked.length, locale) })}
            </span>
          </div>
          <IncidentBulkBar
            incidentId={incident.id}
            cases={picked}
            role={actor.role}
            onDone={(changed) => {
              applyCases(changed);
              setSelected(new Set());
              void reload();
            }}
            onReload={reload}
          />
          <IncidentCaseTable cases={cases} selected={selected} onSelect={setSelected} pickedId={pickedId} timeZone={incident.timeZone} />
        </section>
        <div className="incident-grid__side">
          {renderMap && (
            <section className="panel incident-map-panel" aria-label={t("incidents.map.label")}>
              {renderMap({ incident, cases, pickedId, onPick: pick })}
            </section>
          )}
          <IncidentNotes incidentId={incident.id} notes={notes} timeZone={incident.timeZone} onAdded={addNote} />
        </div>
      </div>
    </div>
  );
};
