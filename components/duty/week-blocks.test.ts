import { describe, expect, it } from "vitest";
import type { Shift } from "@/lib/duty/types";
import { weekColumns } from "./week-blocks";

const DAYS = ["2026-12-07", "2026-12-08", "2026-12-09", "2026-12-10", "2026-12-11", "2026-12-12", "2026-12-13"];

const base: Shift = {
  id: "s",
  kind: "WEEKLY",
  userId: "u",
  userName: "Ana",
  counts: true,
  note: null,
  weekday: null,
  startsLocal: null,
  endsLocal: null,
  startsAt: null,
  endsAt: null,
  startsLocalAt: null,
  endsLocalAt: null,
};

/** Per day (Monday first), the blocks as "from-to" in minutes. */
const spans = (shifts: Shift[]) => weekColumns(DAYS, shifts).map((day) => day.blocks.map((b) => `${b.from}-${b.to}${b.continues ? "+" : ""}`));

describe("the roster's week grid", () => {
  it("puts a weekly shift on its weekday, and its part past midnight on the next day's column", () => {
    expect(spans([{ ...base, weekday: 1, startsLocal: "09:00", endsLocal: "17:00" }])).toEqual([["540-1020"], [], [], [], [], [], []]);
    // Sunday night into Monday morning: the morning part is on Monday, the week's first column.
    expect(spans([{ ...base, weekday: 0, startsLocal: "22:00", endsLocal: "06:00" }])).toEqual([["0-360+"], [], [], [], [], [], ["1320-1440"]]);
    // A whole day round.
    expect(spans([{ ...base, weekday: 3, startsLocal: "00:00", endsLocal: "00:00" }])).toEqual([[], [], ["0-1440"], [], [], [], []]);
  });

  it("shows a one-off shift on each local day of this week it covers", () => {
    const once = { ...base, kind: "ONCE" as const, startsLocalAt: "2026-12-08T23:00", endsLocalAt: "2026-12-10T02:00" };
    expect(spans([once])).toEqual([[], ["1380-1440"], ["0-1440+"], ["0-120+"], [], [], []]);
    const before = { ...base, kind: "ONCE" as const, startsLocalAt: "2026-12-06T20:00", endsLocalAt: "2026-12-07T01:00" };
    expect(spans([before])).toEqual([["0-60+"], [], [], [], [], [], []]);
  });

  it("sets overlapping people side by side", () => {
    const columns = weekColumns(DAYS, [
      { ...base, id: "a", weekday: 1, startsLocal: "07:00", endsLocal: "19:00" },
      { ...base, id: "b", weekday: 1, startsLocal: "09:00", endsLocal: "17:00" },
      { ...base, id: "c", weekday: 1, startsLocal: "19:00", endsLocal: "23:00" },
    ]);
    expect(columns[0].lanes).toBe(2);
    expect(columns[0].blocks.map((b) => `${b.shift.id}:${b.lane}`)).toEqual(["a:0", "b:1", "c:0"]);
  });
});
