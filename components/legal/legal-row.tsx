"use client";
import Link from "next/link";
import { PriorityBadge } from "@/components/ui/priority-badge";
import { StatusBadge } from "@/components/ui/status-badge";
import { OverdueFlag } from "@/components/ui/overdue-flag";
import { isEnded } from "@/lib/cases/lifecycle";
import { useT } from "@/lib/i18n/client";
import type { LegalQueueRow } from "@/lib/legal-aid/types";
import { DeadlineText } from "./deadline-text";

type LegalRowProps = {
  row: LegalQueueRow;
  userId: string;
  now: number;
  timeZone: string;
  canTake: boolean;
  busy: boolean;
  onTake: (row: LegalQueueRow) => void;
};

export const LegalRow = ({ row, userId, now, timeZone, canTake, busy, onTake }: LegalRowProps) => {
  const { t } = useT();
  const overdue = row.overdueTasks > 0;
  return (
    <tr
      className={overdue ? "case-row legal-row--overdue" : "case-row"}
      data-testid="legal-row"
      data-case-number={row.number}
      data-case-id={row.id}
      data-overdue={overdue || undefined}
    >
      <th scope="row" className="case-row__number">
        {/* No prefetch: opening a case is an audited read of personal data. */}
        <Link href={`/cases/${row.id}`} prefetch={false} className="case-row__link">
          {row.number}
        </Link>
      </th>
      <td className="case-row__person">
        {row.personName ?? t("case.person.removed")}
        <span className="legal-row__sub mono">{row.aNumber ?? t("legalDesk.aNumber.none")}</span>
      </td>
      <td>
        <StatusBadge status={row.status} />
        <PriorityBadge priority={row.priority} ended={isEnded(row.status)} />
      </td>
      <td>
        {row.facilityName ?? <span className="muted">{t("legalDesk.facility.none")}</span>}
        {row.custodyStatus && <span className="legal-row__sub">{t(`legal.custody.${row.custodyStatus}`)}</span>}
      </td>
      <td className="case-row__owner" data-testid="legal-assignee">
        {row.legalAssignee ? (
          <>
            {row.legalAssignee.name}
            {row.legalAssignee.id === userId && <span className="case-row__you"> {t("queue.owner.you")}</span>}
          </>
        ) : (
          <span className="case-row__unassigned">{t("queue.owner.none")}</span>
        )}
      </td>
      <td>
        <DeadlineText deadline={row.nextDeadline} now={now} timeZone={timeZone} />
        {overdue && <OverdueFlag count={row.overdueTasks} />}
      </td>
      <td className="case-row__action">
        {canTake && (
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={() => onTake(row)}
            disabled={busy}
            aria-label={t("legalDesk.take.label", { number: row.number })}
          >
            {busy ? t("queue.take.busy") : t("queue.take")}
          </button>
        )}
      </td>
    </tr>
  );
};
