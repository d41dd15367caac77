// How late a case is against its consulate's targets: a new case against the
// time to acknowledge it, an acknowledged one against the time to reach the
// person; later statuses are past both targets and stay neutral.
import type { CaseSummary } from "@/lib/cases/events";

export type ClockLevel = "neutral" | "amber" | "red";

export type ClockState = {
  level: ClockLevel;
  /** Which target the clock is measured against, if any. */
  target: "ack" | "contact" | null;
  /** The target passed, in minutes (amber's or red's), when the level is not neutral. */
  minutes: number | null;
};

const NEUTRAL: ClockState = { level: "neutral", target: null, minutes: null };

export const clockState = (summary: Pick<CaseSummary, "status" | "alertAt" | "targets">, now: number): ClockState => {
  const { targets } = summary;
  const limits =
    summary.status === "NEW"
      ? { target: "ack" as const, amber: targets.ackAmber, red: targets.ackRed }
      : summary.status === "ACKNOWLEDGED"
        ? { target: "contact" as const, amber: targets.contactAmber, red: targets.contactRed }
        : null;
  if (!limits) return NEUTRAL;
  const waited = (now - Date.parse(summary.alertAt)) / 60_000;
  if (waited >= limits.red) return { level: "red", target: limits.target, minutes: limits.red };
  if (waited >= limits.amber) return { level: "amber", target: limits.target, minutes: limits.amber };
  return { ...NEUTRAL, target: limits.target };
};
