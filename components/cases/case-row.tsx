"use client";
import Link from "next/link";
import type { CaseSummary } from "@/lib/cases/events";
import { useT } from "@/lib/i18n/client";
import { CaseFlags } from "./case-flags";
import { PriorityBadge } from "./priority-badge";
import { StatusBadge } from "./status-badge";
import { TimeSince } from "./time-since";

type CaseRowProps = { summary: CaseSummary; fresh: boolean; now: number; timeZone: string; showZone: boolean };

export const CaseRow = ({ summary, fresh, now, timeZone, showZone }: CaseRowProps) => {
  const { t } = useT();
  const className = [
    "case-row",
    summary.priority === "CRITICAL" && "case-row--critical",
    summary.duress && "case-row--duress",
    fresh && "case-row--fresh",
  ]
    .filter(Boolean)
    .join(" ");
  return (
    <tr
      className={className}
      data-testid="case-row"
      data-case-number={summary.number}
      data-case-id={summary.id}
      data-status={summary.status}
      data-priority={summary.priority}
    >
      <th scope="row" className="case-row__number">
        {/* No prefetch: opening a case is an audited read of personal data. */}
        <Link href={`/cases/${summary.id}`} prefetch={false}>
          {summary.number}
        </Link>
        {fresh && <span className="new-tag">{t("cases.newBadge")}</span>}
      </th>
      <td className="case-row__person">{summary.personName}</td>
      <td>
        <StatusBadge status={summary.status} />
      </td>
      <td>
        <PriorityBadge priority={summary.priority} />
      </td>
      <td>
        <CaseFlags flags={summary} />
      </td>
      <td className="case-row__consulate">{summary.consulateCode}</td>
      <td className="case-row__since">
        <TimeSince iso={summary.alertAt} now={now} timeZone={timeZone} showZone={showZone} />
      </td>
    </tr>
  );
};
