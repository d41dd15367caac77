import { describe, expect, it } from "vitest";
import { weekdayName, zonedToInstant, zonedWallClock } from "./roster-time";

describe("roster time in the consulate's zone", () => {
  it("turns a wall clock into the instant, whatever the browser's zone", () => {
    expect(zonedToInstant("2026-12-07T09:00", "America/Los_Angeles")).toBe("2026-12-07T17:00:00.000Z");
    expect(zonedToInstant("2026-12-07T09:00", "America/Chicago")).toBe("2026-12-07T15:00:00.000Z");
    expect(zonedToInstant("2026-07-07T09:00", "America/Los_Angeles")).toBe("2026-07-07T16:00:00.000Z");
  });

  it("handles the DST days: a repeated hour is its first time, a skipped one lands after the jump", () => {
    expect(zonedToInstant("2026-11-01T01:30", "America/Los_Angeles")).toBe("2026-11-01T08:30:00.000Z");
    expect(zonedToInstant("2026-11-01T03:00", "America/Los_Angeles")).toBe("2026-11-01T11:00:00.000Z");
    expect(zonedToInstant("2027-03-14T03:30", "America/Los_Angeles")).toBe("2027-03-14T10:30:00.000Z");
    expect(zonedWallClock(Date.parse(zonedToInstant("2027-03-14T02:30", "America/Los_Angeles")), "America/Los_Angeles")).toBe("2027-03-14T03:30");
  });

  it("reads the wall clock back, and names weekdays from Sunday", () => {
    expect(zonedWallClock(Date.parse("2026-12-08T07:30:00Z"), "America/Los_Angeles")).toBe("2026-12-07T23:30");
    expect(weekdayName(0, "en")).toBe("Sunday");
    expect(weekdayName(6, "es")).toBe("sábado");
  });
});
