import { describe, expect, it } from "vitest";
import { canonicalSha256 } from "./canonical-json";

describe("canonicalSha256", () => {
  it("ignores key order and whitespace", () => {
    const a = JSON.parse('{"b": 1, "a": {"y": [1, 2], "x": "é"}}');
    const b = JSON.parse('{"a":{"x":"é","y":[1,2]},"b":1}');
    expect(canonicalSha256(a)).toBe(canonicalSha256(b));
  });

  it("sees any change of value, type or array order", () => {
    const base = canonicalSha256({ a: [1, 2], b: "1" });
    expect(canonicalSha256({ a: [2, 1], b: "1" })).not.toBe(base);
    expect(canonicalSha256({ a: [1, 2], b: 1 })).not.toBe(base);
    expect(canonicalSha256({ a: [1, 2], b: "1", c: null })).not.toBe(base);
    expect(base).toMatch(/^[0-9a-f]{64}$/);
  });
});
