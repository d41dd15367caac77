"use client";
import Link from "next/link";
import { useEffect, useRef, type KeyboardEvent } from "react";
import { PriorityBadge } from "@/components/ui/priority-badge";
import { StatusBadge } from "@/components/ui/status-badge";
import { TimeSince } from "@/components/ui/time-since";
import { isEnded } from "@/lib/cases/lifecycle";
import { useNow } from "@/lib/client/use-now";
import type { Place } from "@/lib/geo/place";
import { formatPlace } from "@/lib/i18n/format-place";
import { useT } from "@/lib/i18n/client";
import type { TrailPoint } from "@/lib/map/schema";
import { formatTime } from "@/lib/i18n/format";
import type { MapPoint } from "./map-cases";

type CaseMapPanelProps = {
  point: MapPoint;
  /** The case has left the map (it ended, or lost its location) since it was picked. */
  gone: boolean;
  trail: TrailPoint[] | null;
  /** The case's last position as a place (the trail's read has it); absent without one. */
  place?: Place | null;
  timeZone: string;
  onClose: () => void;
};

const MapFlags = ({ point }: { point: MapPoint }) => {
  const { t } = useT();
  const flags = [
    point.duress && t("flag.duress"),
    point.pressedAgain && (point.pressCount ? t("flag.pressedAgain", { count: point.pressCount }) : t("map.flag.pressedAgain")),
    point.rescinded && t("flag.rescinded"),
  ].filter((flag): flag is string => Boolean(flag));
  if (flags.length === 0) return <span className="map-panel__none">{t("flag.none")}</span>;
  return (
    <ul className="map-panel__flags">
      {flags.map((flag) => (
        <li key={flag}>{flag}</li>
      ))}
    </ul>
  );
};

/** The picked case beside the map: its summary, its trail, and the way to the case. */
export const CaseMapPanel = ({ point, gone, trail, place, timeZone, onClose }: CaseMapPanelProps) => {
  const { t, locale } = useT();
  const now = useNow(Date.now(), 5_000);
  const heading = useRef<HTMLHeadingElement>(null);

  // A keyboard or screen-reader user lands on what they just opened.
  useEffect(() => {
    heading.current?.focus();
  }, [point.id]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape") onClose();
  };

  return (
    <aside className="map-panel" aria-labelledby="map-panel-title" data-testid="map-panel" data-case-id={point.id} onKeyDown={onKeyDown}>
      <div className="map-panel__header">
        <h2 id="map-panel-title" className="map-panel__title" ref={heading} tabIndex={-1}>
          {t("map.panel.title", { number: point.number })}
        </h2>
        <button type="button" className="button button--quiet button--small" onClick={onClose}>
          {t("map.panel.close")}
        </button>
      </div>
      {gone && <p className="map-panel__note">{t("map.panel.gone")}</p>}
      <dl className="map-panel__facts">
        <dt>{t("place.label")}</dt>
        <dd data-testid="map-panel-place">{trail === null ? t("common.loading") : (formatPlace(place, t) ?? "—")}</dd>
        <dt>{t("cases.column.status")}</dt>
        <dd>
          <StatusBadge status={point.status} />
        </dd>
        <dt>{t("cases.column.priority")}</dt>
        <dd>
          <PriorityBadge priority={point.priority} ended={isEnded(point.status)} />
        </dd>
        <dt>{t("flag.label")}</dt>
        <dd>
          <MapFlags point={point} />
        </dd>
        <dt>{t("cases.column.since")}</dt>
        <dd>
          <TimeSince iso={new Date(point.alertAtMs).toISOString()} now={now} timeZone={timeZone} showZone={false} />
        </dd>
        <dt>{t("map.panel.trail")}</dt>
        <dd data-testid="map-panel-trail">
          {trail === null
            ? t("common.loading")
            : trail.length === 0
              ? t("map.panel.trailNone")
              : t(trail.length === 1 ? "map.panel.trailOne" : "map.panel.trailMany", {
                  count: trail.length,
                  since: formatTime(trail[0].capturedAt, { locale, timeZone }),
                })}
        </dd>
      </dl>
      <Link prefetch={false} href={`/cases/${point.id}`} className="button button--primary map-panel__open">
        {t("map.panel.open")}
      </Link>
    </aside>
  );
};
