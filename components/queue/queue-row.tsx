"use client";
import Link from "next/link";
import { memo, type MouseEvent } from "react";
import { CaseFlags } from "@/components/ui/case-flags";
import { PriorityBadge } from "@/components/ui/priority-badge";
import { StatusBadge } from "@/components/ui/status-badge";
import { OverdueFlag } from "@/components/ui/overdue-flag";
import type { CaseSummary } from "@/lib/cases/events";
import { isEnded } from "@/lib/cases/lifecycle";
import { useT } from "@/lib/i18n/client";
import { formatPlace } from "@/lib/i18n/format-place";
import { QueueClock } from "./queue-clock";

export type QueueRowProps = {
  summary: CaseSummary;
  /** Shown under its incident's folded row, expanded. */
  nested?: boolean;
  fresh: boolean;
  /** Overdue legal-aid tasks of the case: flagged beside its signals. */
  overdueTasks: number;
  selected: boolean;
  /** The one row whose link is in the tab order (a roving tab stop: j/k and the arrows move it). */
  tabbable: boolean;
  busy: boolean;
  /** Whether this user may take the case now (the lifecycle's rule, checked again by the server). */
  canTake: boolean;
  /** Whether the table has the action column at all. */
  showAction: boolean;
  userId: string;
  now: number;
  timeZone: string;
  showZone: boolean;
  showConsulate: boolean;
  onSelect: (id: string) => void;
  onTake: (summary: CaseSummary) => void;
};

// Memoised: the clock ticks and live events re-render the queue, and only the rows that changed need to.
export const QueueRow = memo(function QueueRow(props: QueueRowProps) {
  const { summary, fresh, selected, tabbable, busy, canTake, userId, now, timeZone, showZone, showConsulate } = props;
  const { t } = useT();
  const place = formatPlace(summary.place, t);
  // An ended case calls for no one: no red, whatever its priority or duress was.
  const ended = isEnded(summary.status);
  const className = [
    "case-row",
    !ended && summary.priority === "CRITICAL" && "case-row--critical",
    !ended && summary.duress && "case-row--duress",
    fresh && "case-row--fresh",
    selected && "case-row--selected",
    props.nested && "case-row--nested",
  ]
    .filter(Boolean)
    .join(" ");
  // A click anywhere on the row selects it, except on its link and button, which do their own thing.
  const select = (event: MouseEvent) => {
    if ((event.target as Element).closest("a, button")) return;
    props.onSelect(summary.id);
    event.currentTarget.querySelector<HTMLAnchorElement>(".case-row__link")?.focus({ preventScroll: true });
  };
  return (
    <tr
      className={className}
      data-testid="case-row"
      data-case-number={summary.number}
      data-case-id={summary.id}
      data-status={summary.status}
      data-priority={summary.priority}
      data-owner-id={summary.owner?.id ?? ""}
      data-selected={selected || undefined}
      data-nested={props.nested || undefined}
      aria-busy={busy || undefined}
      onClick={select}
    >
      <th scope="row" className="case-row__number">
        {/* No prefetch: opening a case is an audited read of personal data. */}
        <Link
          href={`/cases/${summary.id}`}
          prefetch={false}
          className="case-row__link"
          tabIndex={tabbable ? 0 : -1}
          onFocus={() => props.onSelect(summary.id)}
        >
          {summary.number}
        </Link>
        {fresh && <span className="new-tag">{t("cases.newBadge")}</span>}
      </th>
      {/* The name, and under it a short place text. */}
      <td className="case-row__person">
        <span className="cell-text" title={summary.personName ?? t("case.person.removed")}>
          {summary.personName ?? t("case.person.removed")}
        </span>
        {place && (
          <span className="case-row__place" data-testid="case-place" title={place}>
            {place}
          </span>
        )}
      </td>
      <td>
        <StatusBadge status={summary.status} />
      </td>
      <td className="case-row__priority">
        <PriorityBadge priority={summary.priority} ended={ended} />
      </td>
      <td className="case-row__flags">
        <CaseFlags flags={summary} ended={ended} />
        {props.overdueTasks > 0 && <OverdueFlag count={props.overdueTasks} />}
      </td>
      <td className="case-row__owner" data-testid="case-owner">
        {/* Once referred, the case is legal aid's: the row names who there has it. */}
        {summary.status === "REFERRED_LEGAL_AID" && summary.legalAssignee ? (
          <span className="cell-text" data-testid="case-legal-assignee" title={summary.legalAssignee.name}>
            {summary.legalAssignee.name}
            {summary.legalAssignee.id === userId && <span className="case-row__you"> {t("queue.owner.you")}</span>}
            <span className="case-row__role"> · {t("queue.owner.legal")}</span>
          </span>
        ) : summary.owner ? (
          <span className="cell-text" title={summary.owner.name}>
            {summary.owner.name}
            {summary.owner.id === userId && <span className="case-row__you"> {t("queue.owner.you")}</span>}
          </span>
        ) : (
          <span className="case-row__unassigned">{t("queue.owner.none")}</span>
        )}
      </td>
      {showConsulate && <td className="case-row__consulate">{summary.consulateCode}</td>}
      <td className="case-row__since">
        <QueueClock summary={summary} now={now} timeZone={timeZone} showZone={showZone} />
      </td>
      {props.showAction && (
        <td className="case-row__action">
          {canTake && (
            <button
              type="button"
              className="button button--quiet button--small"
              onClick={() => props.onTake(summary)}
              disabled={busy}
              aria-label={t("queue.take.label", { number: summary.number })}
              tabIndex={selected ? 0 : -1}
            >
              {busy ? t("queue.take.busy") : t("queue.take")}
            </button>
          )}
        </td>
      )}
    </tr>
  );
});
