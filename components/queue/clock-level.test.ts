import { describe, expect, it } from "vitest";
import { clockState } from "./clock-level";

const targets = { ackAmber: 5, ackRed: 15, contactAmber: 30, contactRed: 60 };
const alertAt = "2026-11-25T10:00:00.000Z";
const after = (minutes: number) => Date.parse(alertAt) + minutes * 60_000;

describe("the clock on a queue row", () => {
  it("turns amber, then red, past the targets to acknowledge a new case", () => {
    const state = (minutes: number) => clockState({ status: "NEW", alertAt, targets }, after(minutes));
    expect(state(4.9)).toEqual({ level: "neutral", grade: 0, target: "ack", minutes: null });
    expect(state(5)).toEqual({ level: "amber", grade: 1, target: "ack", minutes: 5 });
    expect(state(15)).toEqual({ level: "red", grade: 1, target: "ack", minutes: 15 });
  });

  it("measures an acknowledged case against the targets to reach the person", () => {
    const state = (minutes: number) => clockState({ status: "ACKNOWLEDGED", alertAt, targets }, after(minutes));
    expect(state(20).level).toBe("neutral");
    expect(state(45)).toMatchObject({ level: "amber", target: "contact", minutes: 30 });
    expect(state(61)).toMatchObject({ level: "red", target: "contact", minutes: 60 });
  });

  it("stays neutral once the person was reached, however long ago", () => {
    expect(clockState({ status: "IN_CONTACT", alertAt, targets }, after(600))).toMatchObject({ level: "neutral", grade: 0 });
    expect(clockState({ status: "CLOSED", alertAt, targets }, after(6000)).target).toBeNull();
  });
});

describe("the clock's grade within amber and red", () => {
  const grade = (minutes: number, status: "NEW" | "ACKNOWLEDGED" = "NEW") =>
    clockState({ status, alertAt, targets }, after(minutes));

  it("grades amber 1 up to twice amber's target, then 2 until red", () => {
    expect(grade(9.9)).toMatchObject({ level: "amber", grade: 1 });
    expect(grade(10)).toMatchObject({ level: "amber", grade: 2 });
    expect(grade(14.9)).toMatchObject({ level: "amber", grade: 2 });
  });

  it("grades red by multiples of red's target, 3 at most", () => {
    expect(grade(29.9)).toMatchObject({ level: "red", grade: 1 });
    expect(grade(30)).toMatchObject({ level: "red", grade: 2 });
    expect(grade(45)).toMatchObject({ level: "red", grade: 3 });
    expect(grade(6000)).toMatchObject({ level: "red", grade: 3 });
  });

  it("grades an acknowledged case against the contact targets", () => {
    expect(grade(59, "ACKNOWLEDGED")).toMatchObject({ level: "amber", grade: 1 });
    expect(grade(60, "ACKNOWLEDGED")).toMatchObject({ level: "red", grade: 1 });
    expect(grade(179, "ACKNOWLEDGED")).toMatchObject({ level: "red", grade: 2 });
    expect(grade(180, "ACKNOWLEDGED")).toMatchObject({ level: "red", grade: 3 });
  });

  it("keeps grade 1 when a target is zero minutes", () => {
    const zero = { ...targets, ackAmber: 0 };
    expect(clockState({ status: "NEW", alertAt, targets: zero }, after(1))).toMatchObject({ level: "amber", grade: 1 });
  });
});
