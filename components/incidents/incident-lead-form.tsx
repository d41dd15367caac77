"use client";
import { useEffect, useId, useState, type FormEvent } from "react";
import type { Assignee } from "@/lib/cases/types";
import { useT } from "@/lib/i18n/client";
import type { IncidentSummary } from "@/lib/incidents/types";
import { listOfficers, setIncidentLead } from "./incident-api";
import { useIncidentMove } from "./use-incident-move";

type IncidentLeadFormProps = {
  incident: IncidentSummary;
  /** Any of its cases: the officers of its consulate are read through it. */
  caseId: string | null;
  onDone: () => void;
};

/** Names who leads the incident: an officer of its consulate. */
export const IncidentLeadForm = ({ incident, caseId, onDone }: IncidentLeadFormProps) => {
  const { t } = useT();
  const id = useId();
  const [officers, setOfficers] = useState<Assignee[] | null>(null);
  const [choice, setChoice] = useState("");
  const [notice, setNotice] = useState<string | null>(null);
  const move = useIncidentMove(onDone);

  useEffect(() => {
    if (!caseId) return;
    let current = true;
    void listOfficers(caseId).then((result) => {
      if (current && result.ok) setOfficers(result.data.assignees ?? []);
    });
    return () => {
      current = false;
    };
  }, [caseId]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    if (!choice) return;
    const name = officers?.find((o) => o.id === choice)?.name ?? "";
    if (await move.run(() => setIncidentLead(incident.id, incident.version, choice))) {
      setChoice("");
      setNotice(t("incidents.lead.done", { name }));
    }
  };

  return (
    <form className="incident-lead" noValidate onSubmit={(event) => void submit(event)} data-testid="incident-lead-form">
      <label htmlFor={`${id}-lead`}>{t("incidents.lead.label")}</label>
      <span className="incident-lead__current" data-testid="incident-lead">
        {incident.lead?.name ?? t("incidents.lead.none")}
      </span>
      <select id={`${id}-lead`} value={choice} onChange={(event) => setChoice(event.target.value)} disabled={!officers}>
        <option value="">{officers ? "—" : t("common.loading")}</option>
        {officers?.map((officer) => (
          <option key={officer.id} value={officer.id}>
            {officer.name}
          </option>
        ))}
      </select>
      <button type="submit" className="button button--small" disabled={!choice || move.pending} aria-busy={move.pending}>
        {t("incidents.lead.save")}
      </button>
      <p className="incident-lead__message" role="status">
        {move.error ?? notice}
      </p>
    </form>
  );
};
