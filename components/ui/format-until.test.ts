import { describe, expect, it } from "vitest";
import { catalogs } from "@/lib/i18n/messages";
import { translator } from "@/lib/i18n/translate";
import { formatUntil } from "./format-until";

const t = translator(catalogs.es);
const now = Date.parse("2026-03-14T12:00:00Z");
const at = (minutes: number) => new Date(now + minutes * 60_000).toISOString();

describe("formatUntil", () => {
  it("says how far ahead a deadline is", () => {
    expect(formatUntil({ at: at(125), now, t })).toBe("en 2 h 5 min");
    expect(formatUntil({ at: at(30), now, t })).toBe("en 30 min");
    expect(formatUntil({ at: at(3 * 24 * 60), now, t })).toBe("en 3 d");
  });

  it("says how long ago a missed one was, and 'now' within a minute", () => {
    expect(formatUntil({ at: at(-180), now, t })).toBe("hace 3 h 0 min");
    expect(formatUntil({ at: at(0), now, t })).toBe("ahora");
  });
});
