"use client";
import type { CaseStatus } from "@/lib/generated/prisma/enums";
import { OPEN_STATUSES, type StatusCounts as Counts, type StatusFilter } from "@/lib/cases/filters";
import { ENDED_STATUSES } from "@/lib/cases/lifecycle";
import { useT } from "@/lib/i18n/client";
import { formatNumber } from "@/lib/i18n/format";
import { statusKey } from "@/lib/i18n/labels";

type StatusCountsProps = {
  counts: Counts;
  current: StatusFilter;
  onPick: (status: "open" | CaseStatus) => void;
};

/** Every status with its count, live; each one a button that shows only that status. */
export const StatusCounts = ({ counts, current, onPick }: StatusCountsProps) => {
  const { t, locale } = useT();
  const open = OPEN_STATUSES.reduce((sum, status) => sum + counts[status], 0);
  const isCurrent = (status: "open" | CaseStatus) =>
    status === "open" ? current === "open" : Array.isArray(current) && current.length === 1 && current[0] === status;
  const chip = (status: "open" | CaseStatus, label: string, count: number) => (
    <li key={status}>
      <button
        type="button"
        className={`status-count status-count--${status.toLowerCase().replaceAll("_", "-")}`}
        aria-pressed={isCurrent(status)}
        title={t("queue.counts.hint")}
        onClick={() => onPick(status)}
        data-testid="status-count"
        data-status={status}
        data-count={count}
      >
        <span className="status-count__label">{label}</span>
        <span className="status-count__value">{formatNumber(count, locale)}</span>
      </button>
    </li>
  );
  return (
    <div className="status-counts" role="group" aria-label={t("queue.counts.label")}>
      <ul className="status-counts__group">
        {chip("open", t("queue.counts.open"), open)}
        {OPEN_STATUSES.map((status) => chip(status, t(statusKey(status)), counts[status]))}
      </ul>
      <ul className="status-counts__group status-counts__group--ended" aria-label={t("queue.counts.ended")}>
        {ENDED_STATUSES.map((status) => chip(status, t(statusKey(status)), counts[status]))}
      </ul>
    </div>
  );
};
