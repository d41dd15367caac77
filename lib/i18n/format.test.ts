import { describe, expect, it } from "vitest";
import { formatCalendarDate, formatElapsed, formatNumber, formatTime } from "./format";
import { en } from "./messages/en";
import { es } from "./messages/es";
import { translator } from "./translate";

const alertAt = "2026-03-14T09:21:07Z";
const at = (seconds: number) => Date.parse(alertAt) + seconds * 1000;

describe("formatElapsed", () => {
  it("speaks in seconds, minutes, hours and days", () => {
    const t = translator(es);
    expect(formatElapsed({ from: alertAt, now: at(2), t })).toBe("justo ahora");
    expect(formatElapsed({ from: alertAt, now: at(30), t })).toBe("hace 30 s");
    expect(formatElapsed({ from: alertAt, now: at(3 * 60 + 59), t })).toBe("hace 3 min");
    expect(formatElapsed({ from: alertAt, now: at(2 * 3600 + 5 * 60), t })).toBe("hace 2 h 5 min");
    expect(formatElapsed({ from: alertAt, now: at(3 * 86400), t })).toBe("hace 3 d");
  });

  it("reads English and treats a future alert as now", () => {
    const t = translator(en);
    expect(formatElapsed({ from: alertAt, now: at(180), t })).toBe("3 min ago");
    expect(formatElapsed({ from: alertAt, now: at(-60), t })).toBe("just now");
  });
});

describe("zoned formatting", () => {
  it("prints the time in the consulate's zone", () => {
    expect(formatTime(alertAt, { locale: "es", timeZone: "America/Los_Angeles" })).toBe("02:21:07");
    expect(formatTime(alertAt, { locale: "en", timeZone: "America/Chicago" })).toBe("04:21:07");
  });

  it("falls back to Mexico City for an unknown zone", () => {
    expect(formatTime(alertAt, { locale: "es", timeZone: "Nowhere/Nothing" })).toBe("03:21:07");
  });

  it("keeps a birth date on its calendar day", () => {
    expect(formatCalendarDate("1991-05-02", "es")).toBe("2 de mayo de 1991");
    expect(formatCalendarDate("1991-05-02", "en")).toBe("May 2, 1991");
  });
});

describe("numbers", () => {
  it("groups and marks decimals as Mexico does in Spanish, as the US does in English", () => {
    expect(formatNumber(50036, "es")).toBe("50,036");
    expect(formatNumber(9939, "es")).toBe("9,939");
    expect(formatNumber(19.54, "es")).toBe("19.5");
    expect(formatNumber(1234567, "en")).toBe("1,234,567");
    expect(formatNumber(0, "es")).toBe("0");
  });
});
