"use client";
import { TimeSince } from "@/components/ui/time-since";
import { Icon } from "@/components/ui/icon";
import type { CaseSummary } from "@/lib/cases/events";
import { useT } from "@/lib/i18n/client";
import { clockState } from "./clock-level";

type QueueClockProps = { summary: CaseSummary; now: number; timeZone: string; showZone: boolean };

/** The time since the alert; past a target, a word and an icon as well as the colour say how late. */
export const QueueClock = ({ summary, now, timeZone, showZone }: QueueClockProps) => {
  const { t } = useT();
  const { level, target, minutes } = clockState(summary, now);
  const why = minutes === null ? null : t(target === "ack" ? "queue.clock.ack" : "queue.clock.contact", { minutes });
  return (
    <div className={`queue-clock queue-clock--${level}`} data-level={level}>
      <TimeSince iso={summary.alertAt} now={now} timeZone={timeZone} showZone={showZone} />
      {level !== "neutral" && (
        <span className="queue-clock__late" title={why ?? undefined}>
          {level === "red" ? <Icon name="alert" /> : <Icon name="clock" />}
          <span className="queue-clock__word">{t(level === "red" ? "queue.clock.red" : "queue.clock.amber")}</span>
          <span className="sr-only">: {why}</span>
        </span>
      )}
    </div>
  );
};
