"use client";
import { TimeSince } from "@/components/ui/time-since";
import { Icon } from "@/components/ui/icon";
import type { CaseSummary } from "@/lib/cases/events";
import { useT } from "@/lib/i18n/client";
import { clockState } from "./clock-level";

type QueueClockProps = { summary: CaseSummary; now: number; timeZone: string; showZone: boolean };

/**
 * The time since the alert; past a target, a word and an icon as well as the
 * colour say how late, and from twice the target a "×2" / "×3" (in heavier
 * type) says how far past, so that rows still differ when every one is late.
 */
export const QueueClock = ({ summary, now, timeZone, showZone }: QueueClockProps) => {
  const { t } = useT();
  const { level, grade, target, minutes } = clockState(summary, now);
  const why = minutes === null ? null : t(target === "ack" ? "queue.clock.ack" : "queue.clock.contact", { minutes });
  const graded = grade > 1 ? t("queue.clock.gradeLong", { grade }) : null;
  const title = [why, graded].filter(Boolean).join(" · ");
  return (
    <div className={`queue-clock queue-clock--${level} queue-clock--grade-${grade}`} data-level={level} data-grade={grade}>
      <TimeSince iso={summary.alertAt} now={now} timeZone={timeZone} showZone={showZone} />
      {level !== "neutral" && (
        <span className="queue-clock__late" title={title || undefined}>
          {level === "red" ? <Icon name="alert" /> : <Icon name="clock" />}
          <span className="queue-clock__word">{t(level === "red" ? "queue.clock.red" : "queue.clock.amber")}</span>
          {grade > 1 && (
            <span className="queue-clock__grade" aria-hidden="true">
              {t("queue.clock.grade", { grade })}
            </span>
          )}
          <span className="sr-only">: {title}</span>
        </span>
      )}
    </div>
  );
};
