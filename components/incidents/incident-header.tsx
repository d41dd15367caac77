"use client";
import Link from "next/link";
import { Icon } from "@/components/ui/icon";
import { LiveStatus } from "@/components/ui/live-status";
import type { LiveState } from "@/lib/client/use-live-socket";
import { useT } from "@/lib/i18n/client";
import { formatDateTime, formatNumber } from "@/lib/i18n/format";
import { formatPlace } from "@/lib/i18n/format-place";
import type { IncidentSummary } from "@/lib/incidents/types";
import { incidentTown } from "@/lib/incidents/words";
import { IncidentLeadForm } from "./incident-lead-form";
import { IncidentMoves } from "./incident-moves";
import { IncidentStatusBadge } from "./incident-status-badge";

type IncidentHeaderProps = {
  incident: IncidentSummary;
  /** Any of its cases, to read its consulate's officers through. */
  anyCaseId: string | null;
  live: LiveState;
  onChanged: () => void;
};

/** The incident at a glance: where, how many, how many untaken, when (in its consulate's zone), who leads it, and its moves. */
export const IncidentHeader = ({ incident, anyCaseId, live, onChanged }: IncidentHeaderProps) => {
  const { t, locale } = useT();
  const zoned = { locale, timeZone: incident.timeZone };
  const active = incident.status === "PROPOSED" || incident.status === "OPEN";
  return (
    <header className="incident-header">
      <div className="case-header__top">
        <Link href="/cases" className="back-link" prefetch={false}>
          <Icon name="back" />
          {t("incidents.back")}
        </Link>
        <LiveStatus state={live} />
      </div>
      <div className="case-header__title">
        <h1 data-testid="incident-title">{t("incidents.title", { place: incidentTown(incident.place, t) })}</h1>
        <IncidentStatusBadge status={incident.status} />
      </div>
      {incident.place && <p className="incident-header__place">{formatPlace(incident.place, t)}</p>}
      <dl className="facts incident-header__facts">
        <div>
          <dt>{t("incidents.field.cases")}</dt>
          <dd data-testid="incident-case-count">{formatNumber(incident.caseCount, locale)}</dd>
        </div>
        <div>
          <dt>{t("incidents.field.untaken")}</dt>
          <dd data-testid="incident-untaken-count">{formatNumber(incident.untakenCount, locale)}</dd>
        </div>
        <div>
          <dt>{t("incidents.field.first")}</dt>
          <dd>
            <time dateTime={incident.firstAt}>{formatDateTime(incident.firstAt, zoned)}</time>
          </dd>
        </div>
        <div>
          <dt>{t("incidents.field.last")}</dt>
          <dd>
            <time dateTime={incident.lastAt}>{formatDateTime(incident.lastAt, zoned)}</time>
          </dd>
        </div>
        <div>
          <dt>{t("incidents.field.radius")}</dt>
          <dd>{t("incidents.radiusKm", { km: formatNumber(Math.round(incident.radiusKm * 10) / 10, locale) })}</dd>
        </div>
        <div>
          <dt>{t("incidents.field.openedBy")}</dt>
          <dd>{incident.openedBy?.name ?? (incident.openedAt ? t("incidents.openedBy.desk") : "—")}</dd>
        </div>
      </dl>
      {active && (
        <div className="incident-header__work">
          <IncidentLeadForm incident={incident} caseId={anyCaseId} onDone={onChanged} />
          <IncidentMoves incident={incident} onDone={onChanged} />
        </div>
      )}
    </header>
  );
};
