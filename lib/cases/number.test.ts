import { describe, expect, it } from "vitest";
import { formatCaseNumber, parseCaseNumber, yearInZone } from "./number";

describe("case numbers", () => {
  it("pads the sequence to six digits", () => {
    expect(formatCaseNumber({ code: "LAX", year: 2026, sequence: 123 })).toBe("LAX-2026-000123");
    expect(formatCaseNumber({ code: "HOU", year: 2027, sequence: 999_999 })).toBe("HOU-2027-999999");
  });

  it("refuses what would not be a valid number", () => {
    expect(() => formatCaseNumber({ code: "LA", year: 2026, sequence: 1 })).toThrow(RangeError);
    expect(() => formatCaseNumber({ code: "LAX", year: 2026, sequence: 0 })).toThrow(RangeError);
    expect(() => formatCaseNumber({ code: "LAX", year: 2026, sequence: 1_000_000 })).toThrow(RangeError);
    expect(() => formatCaseNumber({ code: "LAX", year: 2026, sequence: 1.5 })).toThrow(RangeError);
  });

  it("parses what it formats, case-insensitively, and nothing else", () => {
    expect(parseCaseNumber("lax-2026-000123")).toEqual({ code: "LAX", year: 2026, sequence: 123 });
    expect(parseCaseNumber("LAX-2026-123")).toBeNull();
    expect(parseCaseNumber("María")).toBeNull();
  });

  it("takes the year in the consulate's time zone", () => {
    const newYearUtc = new Date("2027-01-01T05:00:00Z"); // still 31 Dec 2026 in Los Angeles
    expect(yearInZone(newYearUtc, "America/Los_Angeles")).toBe(2026);
    expect(yearInZone(newYearUtc, "America/New_York")).toBe(2027);
  });
});
