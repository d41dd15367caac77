"use client";
import { formatUntil } from "@/components/ui/format-until";
import { useT } from "@/lib/i18n/client";
import { formatDateTime } from "@/lib/i18n/format";
import type { Deadline } from "@/lib/legal-aid/deadline";

type DeadlineTextProps = { deadline: Deadline | null; now: number; timeZone: string };

/** What is due next and when: relative first (what a desk scans for), the exact time under it. */
export const DeadlineText = ({ deadline, now, timeZone }: DeadlineTextProps) => {
  const { t, locale } = useT();
  if (!deadline) return <span className="muted">{t("legalDesk.deadline.none")}</span>;
  const past = Date.parse(deadline.at) < now;
  return (
    <div className={past ? "deadline deadline--past" : "deadline"} data-testid="next-deadline">
      <span className="deadline__what">
        {t(deadline.kind === "hearing" ? "legalDesk.deadline.hearing" : "legalDesk.deadline.task", { title: deadline.title })}
      </span>
      <time dateTime={deadline.at} className="deadline__when">
        <strong>{formatUntil({ at: deadline.at, now, t })}</strong> · {formatDateTime(deadline.at, { locale, timeZone })}
      </time>
    </div>
  );
};
