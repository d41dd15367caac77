import { describe, expect, it } from "vitest";
import { reminderSchedule } from "./reminder-schedule";

const now = new Date("2026-03-01T12:00:00Z");
const hours = (h: number) => new Date(now.getTime() + h * 3_600_000);

describe("reminderSchedule", () => {
  it("fires 48 h and 2 h before a deadline far enough ahead", () => {
    expect(reminderSchedule(hours(72), now)).toEqual([
      { offsetMinutes: 2880, runAt: hours(24) },
      { offsetMinutes: 120, runAt: hours(70) },
    ]);
  });

  it("fires once now for a deadline already inside the 48 h window, then at 2 h", () => {
    expect(reminderSchedule(hours(10), now)).toEqual([
      { offsetMinutes: 2880, runAt: now },
      { offsetMinutes: 120, runAt: hours(8) },
    ]);
  });

  it("fires once now, as the 2 h reminder, inside the last two hours", () => {
    expect(reminderSchedule(hours(1), now)).toEqual([{ offsetMinutes: 120, runAt: now }]);
  });

  it("fires nothing for a deadline that has passed", () => {
    expect(reminderSchedule(hours(-1), now)).toEqual([]);
  });
});
