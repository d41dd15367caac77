"use client";
import { useState } from "react";
import { useNow } from "@/lib/client/use-now";
import type { RosterView } from "@/lib/duty/types";
import { useT } from "@/lib/i18n/client";
import { addDays, dayHeading, minutesOf, zonedWallClock } from "./roster-time";
import { RosterWeekGrid } from "./roster-week-grid";
import { ShiftForm } from "./shift-form";
import { ShiftTable } from "./shift-table";
import { useRoster } from "./use-roster";

type RosterDeskProps = { initial: RosterView; initialNow: number };

/** The on-duty roster of one consulate: its week, who is on duty now, and (for supervisors) adding and removing shifts. */
export const RosterDesk = ({ initial, initialNow }: RosterDeskProps) => {
  const { t, locale } = useT();
  const { view, load, fetchRoster, reload } = useRoster(initial);
  const [message, setMessage] = useState("");
  const now = useNow(initialNow, 60_000);
  const { consulate, days } = view;
  const wall = zonedWallClock(now, consulate.timeZone);
  const today = wall.slice(0, 10);
  const nowMark = days.includes(today) ? { date: today, minutes: minutesOf(wall.slice(11)) } : null;

  const goTo = (week: string | undefined, code = consulate.code) => void fetchRoster({ consulate: code, week });

  return (
    <>
      <section className="panel roster" aria-labelledby="roster-heading">
        <div className="panel__header roster__header">
          <h1 id="roster-heading" className="panel__title">
            {t("roster.title")}
          </h1>
          {view.consulates.length > 1 ? (
            <div className="queue-filter">
              <label htmlFor="roster-consulate" className="queue-filter__label">
                {t("roster.consulate")}
              </label>
              <select id="roster-consulate" value={consulate.code} onChange={(e) => goTo(undefined, e.target.value)} data-testid="roster-consulate">
                {view.consulates.map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.code} · {c.name}
                  </option>
                ))}
              </select>
            </div>
          ) : (
            <span className="panel__count">
              {consulate.code} · {consulate.name}
            </span>
          )}
          <div className="roster__weeks">
            <button type="button" className="button button--quiet button--small" onClick={() => goTo(addDays(days[0], -7))}>
              ← {t("roster.week.previous")}
            </button>
            <button type="button" className="button button--quiet button--small" onClick={() => goTo(undefined)} disabled={nowMark !== null}>
              {t("roster.week.current")}
            </button>
            <button type="button" className="button button--quiet button--small" onClick={() => goTo(addDays(days[0], 7))}>
              {t("roster.week.next")} →
            </button>
          </div>
        </div>
        <p className="panel__intro">
          {t("roster.week", { from: dayHeading(days[0], locale), to: dayHeading(days[6], locale) })} ·{" "}
          {t("roster.subtitle", { consulate: consulate.code, zone: consulate.timeZone })}
        </p>
        <p className={`roster__on-duty${view.onDuty.length ? "" : " roster__on-duty--none"}`} data-testid="roster-on-duty">
          <strong>{t("roster.onDuty")}:</strong> {view.onDuty.length ? view.onDuty.map((p) => p.name).join(", ") : t("roster.onDuty.none")}
        </p>
        <p className="queue-message" role="status" data-testid="roster-message">
          {load === "loading" ? t("roster.loading") : load === "failed" ? t("roster.loadFailed") : message}
        </p>
        <RosterWeekGrid consulateName={consulate.name} days={days} shifts={view.shifts} now={nowMark} />
      </section>
      <div className={view.canEdit ? "roster__work" : undefined}>
        {view.canEdit ? (
          <ShiftForm key={consulate.code} consulate={consulate} people={view.people} onAdded={() => void reload()} say={setMessage} />
        ) : null}
        <ShiftTable
          shifts={view.shifts}
          canEdit={view.canEdit}
          intro={view.canEdit ? undefined : t("roster.readOnly")}
          onDeleted={() => void reload()}
          say={setMessage}
        />
      </div>
    </>
  );
};
