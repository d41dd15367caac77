"use client";
import type { CSSProperties } from "react";
import type { Shift } from "@/lib/duty/types";
import { useT } from "@/lib/i18n/client";
import { dayHeading } from "./roster-time";
import { shiftWhen } from "./shift-text";
import { weekColumns } from "./week-blocks";

type RosterWeekGridProps = {
  consulateName: string;
  days: string[];
  shifts: Shift[];
  /** The consulate's wall clock now, when it falls in this week. */
  now: { date: string; minutes: number } | null;
};

const DAY = 24 * 60;
const HOURS = [0, 3, 6, 9, 12, 15, 18, 21];
const pad = (n: number) => String(n).padStart(2, "0");
const clock = (minutes: number) => (minutes >= DAY ? "24:00" : `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`);

/** The week as seven columns of 24 hours, each shift a block with its person's name; "now" is a line across today. */
export const RosterWeekGrid = ({ consulateName, days, shifts, now }: RosterWeekGridProps) => {
  const { t, locale } = useT();
  const columns = weekColumns(days, shifts);
  return (
    <div className="roster-grid" role="group" aria-label={t("roster.grid.label", { consulate: consulateName })} data-testid="roster-grid">
      <div className="roster-grid__hours" aria-hidden="true">
        <div className="roster-grid__head" />
        <div className="roster-grid__body">
          {HOURS.map((hour) => (
            <span key={hour} className="roster-grid__hour" style={{ top: `${(hour / 24) * 100}%` }}>
              {pad(hour)}:00
            </span>
          ))}
        </div>
      </div>
      {columns.map((column) => {
        const today = now?.date === column.date;
        return (
          <div key={column.date} className={`roster-grid__day${today ? " roster-grid__day--today" : ""}`} data-date={column.date}>
            <div className="roster-grid__head">{dayHeading(column.date, locale)}</div>
            <ul className="roster-grid__body">
              {HOURS.map((hour) => (
                <li key={`h${hour}`} className="roster-grid__rule" aria-hidden="true" style={{ top: `${(hour / 24) * 100}%` }} />
              ))}
              {column.blocks.map((block) => {
                const style: CSSProperties = {
                  top: `${(block.from / DAY) * 100}%`,
                  height: `${((block.to - block.from) / DAY) * 100}%`,
                  left: `${(block.lane / column.lanes) * 100}%`,
                  width: `${100 / column.lanes}%`,
                };
                const when = shiftWhen(block.shift, { t, locale });
                const title = [block.shift.userName, when, block.continues ? t("roster.block.continues") : "", block.shift.counts ? "" : t("roster.block.notCounted")]
                  .filter(Boolean)
                  .join(" · ");
                return (
                  <li
                    key={`${block.shift.id}-${block.from}`}
                    className={`roster-block roster-block--${block.shift.kind.toLowerCase()}${block.shift.counts ? "" : " roster-block--void"}`}
                    style={style}
                    title={title}
                    data-testid="roster-block"
                    data-shift-id={block.shift.id}
                  >
                    <span className="roster-block__name">{block.shift.userName}</span>
                    <span className="roster-block__time">{t("roster.block.time", { from: clock(block.from), to: clock(block.to) })}</span>
                  </li>
                );
              })}
              {today && now ? (
                <li className="roster-grid__now" style={{ top: `${(now.minutes / DAY) * 100}%` }} data-testid="roster-now">
                  <span>{t("roster.now")}</span>
                </li>
              ) : null}
            </ul>
          </div>
        );
      })}
    </div>
  );
};
