import { describe, expect, it } from "vitest";
import { formatANumber, normalizeANumber } from "./a-number";

describe("normalizeANumber", () => {
  it.each([
    ["A-123-456-789", "123456789"],
    ["A123456789", "123456789"],
    ["a 123 456 789", "123456789"],
    ["123456789", "123456789"],
    ["A#12345678", "012345678"],
    ["12-345-678", "012345678"],
    ["  A 012.345.678 ", "012345678"],
  ])("%s → %s", (input, expected) => {
    expect(normalizeANumber(input)).toEqual({ ok: true, value: expected });
  });

  it.each(["", "A1234567", "A1234567890", "B123456789", "A12345678X", "A-000-000-000", "12345 678 9a"])(
    "refuses %j",
    (input) => {
      expect(normalizeANumber(input).ok).toBe(false);
    },
  );

  it("formats the canonical form for reading", () => {
    expect(formatANumber("012345678")).toBe("A012-345-678");
  });
});
