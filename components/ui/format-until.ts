// A deadline relative to now, both ways: "en 2 h 5 min" ahead, "hace 3 h" once
// past. Pure, so the queue and the case page say the same thing.
import type { Translate } from "@/lib/i18n/translate";

export const formatUntil = ({ at, now, t }: { at: string; now: number; t: Translate }) => {
  const ms = Date.parse(at) - now;
  const minutes = Math.floor(Math.abs(ms) / 60_000);
  const hours = Math.floor(minutes / 60);
  const days = Math.floor(hours / 24);
  const span =
    minutes < 1
      ? null
      : minutes < 60
        ? t("legalDesk.span.minutes", { n: minutes })
        : hours < 48
          ? t("legalDesk.span.hours", { h: hours, m: minutes % 60 })
          : t("legalDesk.span.days", { n: days });
  if (span === null) return t("legalDesk.until.now");
  return ms >= 0 ? t("legalDesk.until.in", { span }) : t("legalDesk.until.ago", { span });
};
