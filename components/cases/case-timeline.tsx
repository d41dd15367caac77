import type { CaseDetail } from "@/lib/cases/detail-data";
import { formatCalendarDate, formatDateTime, formatTime } from "@/lib/i18n/format";
import { timelineKindKey } from "@/lib/i18n/labels";
import { getT } from "@/lib/i18n/server";
import { describeTimelineEntry } from "./timeline-detail";

type CaseTimelineProps = { detail: CaseDetail; timeZone: string };

/** Newest first, as getCase orders it. */
export const CaseTimeline = async ({ detail, timeZone }: CaseTimelineProps) => {
  const { t, locale } = await getT();
  return (
    <section className="panel" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading" className="panel__title">
        {t("case.section.timeline")}
      </h2>
      {detail.timeline.length === 0 ? (
        <p className="muted">{t("case.timeline.empty")}</p>
      ) : (
        <ol className="timeline" data-testid="case-timeline">
          {detail.timeline.map((entry) => (
            <li
              key={entry.id}
              className={`timeline__item timeline__item--${entry.kind.toLowerCase().replaceAll("_", "-")}`}
              data-kind={entry.kind}
            >
              <div className="timeline__head">
                <span className="timeline__kind">{t(timelineKindKey(entry.kind))}</span>
                <time dateTime={entry.createdAt}>{formatDateTime(entry.createdAt, { locale, timeZone })}</time>
              </div>
              {describeTimelineEntry(entry, {
                t,
                caseMessage: detail.message,
                notes: detail.notes,
                formatWhen: (iso) => formatDateTime(iso, { locale, timeZone }),
                formatDay: (day) => formatCalendarDate(day, locale),
                formatClock: (iso) => formatTime(iso, { locale, timeZone }),
              }).map((line) => (
                <p key={line} className="timeline__line">
                  {line}
                </p>
              ))}
              {entry.actorName && <p className="timeline__actor">{t("case.timeline.by", { name: entry.actorName })}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
};
