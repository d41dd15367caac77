"use client";
import { formatDateTime, formatElapsed, formatTime } from "@/lib/i18n/format";
import { useT } from "@/lib/i18n/client";

type TimeSinceProps = { iso: string; now: number; timeZone: string; showZone: boolean };

/** "hace 3 min" over the clock time in `timeZone`; the full date is the tooltip. */
export const TimeSince = ({ iso, now, timeZone, showZone }: TimeSinceProps) => {
  const { t, locale } = useT();
  return (
    <time className="time-since" dateTime={iso} title={formatDateTime(iso, { locale, timeZone })}>
      <span className="time-since__relative">{formatElapsed({ from: iso, now, t })}</span>
      <span className="time-since__exact">{formatTime(iso, { locale, timeZone, withZone: showZone })}</span>
    </time>
  );
};
