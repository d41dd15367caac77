// A week's shifts as blocks on the roster's grid: per local day (Monday
// first), each shift's part of that day in minutes, side by side in lanes
// where people overlap. Weekly shifts past midnight continue on the next
// weekday's column; one-off shifts appear on the days of this week they cover.
import type { Shift } from "@/lib/duty/types";
import { addDays, minutesOf, weekdayOf } from "./roster-time";

export type DayBlock = {
  shift: Shift;
  /** Minutes after local midnight, end exclusive (1440 = the day's end). */
  from: number;
  to: number;
  /** Whether this is the morning part of a shift that began the day before. */
  continues: boolean;
  lane: number;
};

export type DayColumn = { date: string; blocks: DayBlock[]; lanes: number };

const DAY = 24 * 60;

type Part = Omit<DayBlock, "lane">;

const weeklyParts = (shift: Shift, date: string): Part[] => {
  const start = minutesOf(shift.startsLocal!);
  const end = minutesOf(shift.endsLocal!);
  const weekday = weekdayOf(date);
  const out: Part[] = [];
  if (shift.weekday === weekday) out.push({ shift, from: start, to: end > start ? end : DAY, continues: false });
  // The morning part of last night's shift (the day before's weekday).
  if (end <= start && end > 0 && (shift.weekday! + 1) % 7 === weekday) out.push({ shift, from: 0, to: end, continues: true });
  return out;
};

const onceParts = (shift: Shift, date: string): Part[] => {
  const dayStart = `${date}T00:00`;
  const nextDay = `${addDays(date, 1)}T00:00`;
  const from = shift.startsLocalAt!;
  const to = shift.endsLocalAt!;
  if (!(from < nextDay && to > dayStart)) return [];
  return [
    {
      shift,
      from: from <= dayStart ? 0 : minutesOf(from.slice(11)),
      to: to >= nextDay ? DAY : minutesOf(to.slice(11)),
      continues: from < dayStart,
    },
  ];
};

/** Lanes: each block takes the first lane free at its start. */
const inLanes = (parts: Part[]): { blocks: DayBlock[]; lanes: number } => {
  const sorted = [...parts].sort((a, b) => a.from - b.from || b.to - a.to);
  const laneEnds: number[] = [];
  const blocks = sorted.map((part) => {
    let lane = laneEnds.findIndex((end) => end <= part.from);
    if (lane < 0) lane = laneEnds.length;
    laneEnds[lane] = part.to;
    return { ...part, lane };
  });
  return { blocks, lanes: Math.max(1, laneEnds.length) };
};

export const weekColumns = (days: string[], shifts: Shift[]): DayColumn[] =>
  days.map((date) => {
    const parts = shifts.flatMap((shift) => (shift.kind === "WEEKLY" ? weeklyParts(shift, date) : onceParts(shift, date)));
    return { date, ...inLanes(parts.filter((p) => p.to > p.from)) };
  });
