import { describe, expect, it } from "vitest";
import { dateOnly, dateTime, month, pathSegments, text, UNSTORABLE_TEXT, version } from "./input";

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues.map((i) => i.message) ?? [];

describe("the one input rule", () => {
  it("refuses NUL and unpaired surrogates, and keeps pairs (emoji) and accents", () => {
    const schema = text({ trim: true, max: 20 });
    for (const bad of ["a\u0000b", "\ud800", "x\udc00", "\ud83d end"]) expect(messages(schema.safeParse(bad))).toEqual([UNSTORABLE_TEXT]);
    expect(schema.parse("  Núñez 🙏  ")).toBe("Núñez 🙏");
    expect(schema.safeParse("x".repeat(21)).success).toBe(false);
  });

  it("keeps staff dates between 1900 and 2100, and the intake's own bounds where it names them", () => {
    expect(dateTime().safeParse("0000-01-01T00:00:00Z").success).toBe(false);
    expect(dateTime().safeParse("9999-12-31T23:59:59Z").success).toBe(false);
    expect(dateTime().safeParse("2026-03-01T10:00:00-08:00").success).toBe(true);
    expect(dateOnly().safeParse("1899-12-31").success).toBe(false);
    expect(dateOnly().safeParse("2100-12-31").success).toBe(true);
    expect(messages(dateTime({ from: 1970, to: null }).safeParse("1969-12-31T23:59:59Z"))).toEqual(["must be a date-time on or after 1970-01-01"]);
    expect(dateTime({ from: 1970, to: null }).safeParse("9999-01-01T00:00:00Z").success).toBe(true);
    expect(month().safeParse("0000-01").success).toBe(false);
    expect(month().safeParse("2026-02").success).toBe(true);
  });

  it("holds versions in a PostgreSQL integer", () => {
    expect(version().safeParse(2 ** 31 - 1).success).toBe(true);
    expect(version().safeParse(2 ** 31).success).toBe(false);
    expect(version({ min: 0 }).safeParse(0).success).toBe(true);
  });

  it("names the path segment that breaks the rule", () => {
    const parsed = pathSegments.safeParse({ id: "ok", taskId: "a\u0000" });
    expect(parsed.error?.issues.map((i) => i.path)).toEqual([["taskId"]]);
  });
});
