import { describe, expect, it } from "vitest";
import { clockState } from "./clock-level";

const targets = { ackAmber: 5, ackRed: 15, contactAmber: 30, contactRed: 60 };
const alertAt = "2026-11-25T10:00:00.000Z";
const after = (minutes: number) => Date.parse(alertAt) + minutes * 60_000;

describe("the clock on a queue row", () => {
  it("turns amber, then red, past the targets to acknowledge a new case", () => {
    const state = (minutes: number) => clockState({ status: "NEW", alertAt, targets }, after(minutes));
    expect(state(4.9)).toEqual({ level: "neutral", target: "ack", minutes: null });
    expect(state(5)).toEqual({ level: "amber", target: "ack", minutes: 5 });
    expect(state(15)).toEqual({ level: "red", target: "ack", minutes: 15 });
  });

  it("measures an acknowledged case against the targets to reach the person", () => {
    const state = (minutes: number) => clockState({ status: "ACKNOWLEDGED", alertAt, targets }, after(minutes));
    expect(state(20).level).toBe("neutral");
    expect(state(45)).toEqual({ level: "amber", target: "contact", minutes: 30 });
    expect(state(61)).toEqual({ level: "red", target: "contact", minutes: 60 });
  });

  it("stays neutral once the person was reached, however long ago", () => {
    expect(clockState({ status: "IN_CONTACT", alertAt, targets }, after(600)).level).toBe("neutral");
    expect(clockState({ status: "CLOSED", alertAt, targets }, after(6000)).target).toBeNull();
  });
});
