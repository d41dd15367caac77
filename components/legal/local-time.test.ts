import { describe, expect, it } from "vitest";
import { fromLocalInput, toLocalInput, zoneName } from "./local-time";

describe("date-time inputs in the consulate's zone", () => {
  it("reads a typed time as the consulate's clock, in winter and in summer, whatever the browser's zone", () => {
    expect(fromLocalInput("2026-01-14T09:30", "America/Los_Angeles")).toBe("2026-01-14T17:30:00.000Z");
    expect(fromLocalInput("2026-03-14T09:30", "America/Los_Angeles")).toBe("2026-03-14T16:30:00.000Z");
    // Mexico City keeps one offset all year.
    expect(fromLocalInput("2026-07-01T09:30", "America/Mexico_City")).toBe("2026-07-01T15:30:00.000Z");
    expect(fromLocalInput("2026-07-01T09:30:00", "America/Chicago")).toBe("2026-07-01T14:30:00.000Z");
  });

  it("shows an instant as the consulate's clock, and a round trip gives back the instant", () => {
    expect(toLocalInput("2026-03-14T16:30:00.000Z", "America/Los_Angeles")).toBe("2026-03-14T09:30");
    expect(toLocalInput("2026-03-14T16:30:00.000Z", "America/New_York")).toBe("2026-03-14T12:30");
    for (const iso of ["2026-11-01T08:30:00.000Z", "2026-12-31T23:59:00.000Z", "2026-03-08T11:00:00.000Z"]) {
      expect(fromLocalInput(toLocalInput(iso, "America/Los_Angeles"), "America/Los_Angeles")).toBe(iso);
    }
  });

  it("reads a time the clock skips in spring an hour later, and refuses impossible ones", () => {
    // 8 March 2026, 02:30 does not exist in Los Angeles: the clock goes from 01:59 to 03:00.
    expect(fromLocalInput("2026-03-08T02:30", "America/Los_Angeles")).toBe("2026-03-08T10:30:00.000Z");
    // Hours after the change, the first guess (with winter's offset) is an hour off; the second is right.
    expect(fromLocalInput("2026-03-08T05:00", "America/Los_Angeles")).toBe("2026-03-08T12:00:00.000Z");
    // 1 November 2026, 01:30 happens twice in Los Angeles: the first, still in summer time.
    expect(fromLocalInput("2026-11-01T01:30", "America/Los_Angeles")).toBe("2026-11-01T08:30:00.000Z");
    expect(fromLocalInput("2026-02-30T10:00", "America/Los_Angeles")).toBeNull();
    expect(fromLocalInput("2026-03-14T24:00", "America/Los_Angeles")).toBeNull();
    expect(fromLocalInput("", "America/Los_Angeles")).toBeNull();
    expect(fromLocalInput("mañana", "America/Los_Angeles")).toBeNull();
  });

  it("names the zone in the reader's language", () => {
    expect(zoneName("America/Los_Angeles", "es")).toBe("hora del Pacífico");
    expect(zoneName("America/Los_Angeles", "en")).toBe("Pacific Time");
    expect(zoneName("Nowhere/Nothing", "en")).toBe("Nowhere/Nothing");
  });
});
