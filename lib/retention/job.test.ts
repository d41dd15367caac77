import { describe, expect, it } from "vitest";
import { nextRunAt, retentionJobKey } from "./job";

describe("the nightly retention job", () => {
  it("runs at the next 03:00 UTC strictly after now", () => {
    expect(nextRunAt(new Date("2026-12-06T02:59:59Z")).toISOString()).toBe("2026-12-06T03:00:00.000Z");
    expect(nextRunAt(new Date("2026-12-06T03:00:00Z")).toISOString()).toBe("2026-12-07T03:00:00.000Z");
    expect(nextRunAt(new Date("2026-12-31T23:00:00Z")).toISOString()).toBe("2027-01-01T03:00:00.000Z");
  });

  it("keys each night's batches apart", () => {
    expect(retentionJobKey("2026-12-07", 0)).toBe("retention:2026-12-07:0");
    expect(retentionJobKey("2026-12-07", 3)).not.toBe(retentionJobKey("2026-12-08", 3));
  });
});
