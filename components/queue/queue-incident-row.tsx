"use client";
import Link from "next/link";
import { memo } from "react";
import { useT } from "@/lib/i18n/client";
import { formatNumber } from "@/lib/i18n/format";
import type { IncidentSummary } from "@/lib/incidents/types";
import { incidentTown } from "@/lib/incidents/words";

type QueueIncidentRowProps = {
  incident: IncidentSummary;
  /** Its cases among the rows loaded (this page, this filter). */
  shown: number;
  expanded: boolean;
  columns: number;
  onToggle: (incidentId: string) => void;
};

/** An open incident's cases folded into one row: "Operativo · Compton, CA · 23 casos · 7 sin tomar"; opens its page, or shows its cases in place. */
export const QueueIncidentRow = memo(function QueueIncidentRow({ incident, shown, expanded, columns, onToggle }: QueueIncidentRowProps) {
  const { t, locale } = useT();
  return (
    <tr className="incident-row" data-testid="incident-row" data-incident-id={incident.id} data-expanded={expanded}>
      <th scope="row" colSpan={columns} className="incident-row__cell">
        <button
          type="button"
          className="incident-row__toggle"
          aria-expanded={expanded}
          aria-label={t(expanded ? "incidents.row.collapse" : "incidents.row.expand")}
          onClick={() => onToggle(incident.id)}
          data-testid="incident-row-toggle"
        >
          <span aria-hidden="true">{expanded ? "▾" : "▸"}</span>
        </button>
        <Link href={`/incidents/${incident.id}`} prefetch={false} className="incident-row__link" data-testid="incident-row-link">
          {t("incidents.row.title", { place: incidentTown(incident.place, t) })}
        </Link>
        <span className="incident-row__facts">
          {" · "}
          {t("incidents.row.cases", { count: formatNumber(incident.caseCount, locale) })}
          {" · "}
          <span className={incident.untakenCount > 0 ? "incident-row__untaken" : undefined} data-testid="incident-row-untaken">
            {t("incidents.row.untaken", { count: formatNumber(incident.untakenCount, locale) })}
          </span>
          {shown !== incident.caseCount && <span className="incident-row__here"> ({t("incidents.row.here", { count: formatNumber(shown, locale) })})</span>}
        </span>
      </th>
    </tr>
  );
});
