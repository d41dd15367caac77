import { describe, expect, it } from "vitest";
import { ageOn } from "./age";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

describe("ageOn", () => {
  it("counts whole years, turning on the birthday itself", () => {
    expect(ageOn(day("1990-06-15"), day("2026-06-14"))).toBe(35);
    expect(ageOn(day("1990-06-15"), day("2026-06-15"))).toBe(36);
    expect(ageOn(day("1990-12-31"), new Date("2027-01-01T03:00:00.000Z"))).toBe(36);
  });

  it("has no age without a date, or for a date after the day", () => {
    expect(ageOn(null, day("2026-01-01"))).toBeNull();
    expect(ageOn(day("2026-01-02"), day("2026-01-01"))).toBeNull();
  });
});
