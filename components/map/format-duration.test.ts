import { describe, expect, it } from "vitest";
import { formatDuration, isoDuration } from "./format-duration";

describe("[MAP] time to acknowledge", () => {
  it("reads mm:ss under an hour and h:mm from an hour", () => {
    expect(formatDuration(0)).toBe("00:00");
    expect(formatDuration(245)).toBe("04:05");
    expect(formatDuration(3599)).toBe("59:59");
    expect(formatDuration(3600)).toBe("1:00 h");
    expect(formatDuration(3900.4)).toBe("1:05 h");
    expect(formatDuration(-3)).toBe("00:00");
  });

  it("gives the machine-readable form", () => {
    expect(isoDuration(245)).toBe("PT4M5S");
    expect(isoDuration(3600)).toBe("PT1H");
    expect(isoDuration(0)).toBe("PT0S");
  });
});
