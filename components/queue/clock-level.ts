// How late a case is against its consulate's targets: a new case against the
// time to acknowledge it, an acknowledged one against the time to reach the
// person; later statuses are past both targets and stay neutral.
//
// Within amber and red a grade says how far past: in a raid every row turns
// amber within minutes, and the grade is what still tells them apart. Amber's
// grade 2 starts at twice amber's target; red's grades 2 and 3 at twice and
// three times red's.
import type { CaseSummary } from "@/lib/cases/events";

export type ClockLevel = "neutral" | "amber" | "red";

/** 0 when neutral; amber 1–2, red 1–3. */
export type ClockGrade = 0 | 1 | 2 | 3;

export type ClockState = {
  level: ClockLevel;
  grade: ClockGrade;
  /** Which target the clock is measured against, if any. */
  target: "ack" | "contact" | null;
  /** The target passed, in minutes (amber's or red's), when the level is not neutral. */
  minutes: number | null;
};

const NEUTRAL: ClockState = { level: "neutral", grade: 0, target: null, minutes: null };

export const MAX_GRADE = { amber: 2, red: 3 } as const;

/** How many whole multiples of the target have passed, from 1 up to the level's top grade. */
const gradeOf = (waited: number, target: number, max: number): ClockGrade =>
  (target > 0 ? Math.max(1, Math.min(max, Math.floor(waited / target))) : 1) as ClockGrade;

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
  if (waited >= limits.red)
    return { level: "red", grade: gradeOf(waited, limits.red, MAX_GRADE.red), target: limits.target, minutes: limits.red };
  if (waited >= limits.amber)
    return {
      level: "amber",
      grade: gradeOf(waited, limits.amber, MAX_GRADE.amber),
      target: limits.target,
      minutes: limits.amber,
    };
  return { ...NEUTRAL, target: limits.target };
};
