"use client";
import Link from "next/link";
import { useState } from "react";
import { useT } from "@/lib/i18n/client";
import type { IncidentSummary } from "@/lib/incidents/types";
import { incidentTown, spanMinutes } from "@/lib/incidents/words";
import { confirmIncident, dismissIncident } from "./incident-api";
import { IncidentDialog } from "./incident-dialog";
import { useIncidentMove } from "./use-incident-move";

type ProposalBannerProps = {
  /** The proposed and open incidents in scope (useIncidentList): the proposals are shown. */
  incidents: readonly IncidentSummary[];
  /** After a confirm or dismiss: read the list again (the live event follows too). */
  onChanged: () => void;
};

const Proposal = ({ incident, onChanged }: { incident: IncidentSummary; onChanged: () => void }) => {
  const { t } = useT();
  const [dismissing, setDismissing] = useState(false);
  const move = useIncidentMove(onChanged);
  const text = t("incidents.banner.text", {
    count: incident.caseCount,
    minutes: spanMinutes(incident),
    place: incidentTown(incident.place, t),
  });
  return (
    <li className="proposal" data-testid="incident-proposal" data-incident-id={incident.id}>
      <span className="proposal__text">{text}</span>
      <span className="proposal__actions">
        <button
          type="button"
          className="button button--primary button--small"
          disabled={move.pending}
          onClick={() => void move.run(() => confirmIncident(incident.id, incident.version))}
          data-testid="incident-proposal-confirm"
        >
          {t("incidents.banner.confirm")}
        </button>
        <button type="button" className="button button--small" disabled={move.pending} onClick={() => setDismissing(true)} data-testid="incident-proposal-dismiss">
          {t("incidents.banner.dismiss")}
        </button>
        <Link href={`/incidents/${incident.id}`} className="button button--quiet button--small" prefetch={false}>
          {t("incidents.banner.view")}
        </Link>
      </span>
      {!dismissing && move.error && (
        <span className="proposal__error" role="alert">
          {move.error}
        </span>
      )}
      {dismissing && (
        <IncidentDialog
          title={t("incidents.dismiss.title")}
          intro={t("incidents.dismiss.intro")}
          reasonLabel={t("incidents.dismiss.reason")}
          submitLabel={t("incidents.dismiss")}
          pending={move.pending}
          error={move.error}
          onSubmit={(reason) => void move.run(() => dismissIncident(incident.id, incident.version, reason)).then((ok) => ok && setDismissing(false))}
          onCancel={() => {
            setDismissing(false);
            move.clearError();
          }}
        />
      )}
    </li>
  );
};

/** "Posible operativo: 7 alertas en 15 min cerca de Compton, CA — Confirmar / Descartar / Ver", one line per proposal, live. */
export const ProposalBanner = ({ incidents, onChanged }: ProposalBannerProps) => {
  const { t } = useT();
  const proposals = incidents.filter((i) => i.status === "PROPOSED");
  if (proposals.length === 0) return null;
  return (
    <section className="proposal-banner" aria-label={t("incidents.banner.label")} data-testid="incident-proposals">
      <ul className="proposal-banner__list">
        {proposals.map((incident) => (
          <Proposal key={incident.id} incident={incident} onChanged={onChanged} />
        ))}
      </ul>
    </section>
  );
};
