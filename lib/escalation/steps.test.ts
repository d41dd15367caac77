import { describe, expect, it } from "vitest";
import { isBehind, nextStep, reachesSupervisors, stepKey } from "./steps";

const alertAt = new Date("2026-12-05T10:00:00.000Z");
const policy = { alertAt, ackRedMinutes: 15, offerAfterMinutes: 20, hasBackup: true };
const now = new Date("2026-12-05T10:03:00.000Z");

describe("the escalation chain", () => {
  it("goes amber, red, offer, each from the alert; duress counts the offer from now", () => {
    expect(nextStep("amber", policy, now)).toEqual({ step: "red", runAt: new Date("2026-12-05T10:15:00.000Z") });
    expect(nextStep("red", policy, now)).toEqual({ step: "offer", runAt: new Date("2026-12-05T10:35:00.000Z") });
    expect(nextStep("duress", policy, now)).toEqual({ step: "offer", runAt: new Date("2026-12-05T10:23:00.000Z") });
    expect(nextStep("offer", policy, now)).toBeNull();
    expect(nextStep("contact", policy, now)).toBeNull();
  });

  it("ends at red without a backup consulate", () => {
    expect(nextStep("red", { ...policy, hasBackup: false }, now)).toBeNull();
    expect(nextStep("duress", { ...policy, hasBackup: false }, now)).toBeNull();
  });

  it("skips a step the case has already passed (a duress went first)", () => {
    expect(isBehind("red", "SUPERVISORS")).toBe(true);
    expect(isBehind("amber", "SUPERVISORS")).toBe(true);
    expect(isBehind("offer", "SUPERVISORS")).toBe(false);
    expect(isBehind("red", "ON_DUTY")).toBe(false);
    expect(isBehind("amber", null)).toBe(false);
  });

  it("keys the first step by the case alone, as the database's triggers do", () => {
    expect(stepKey("c1", "amber")).toBe("escalation:c1");
    expect(stepKey("c1", "duress")).toBe("escalation:c1:duress");
    expect(stepKey("c1", "red")).toBe("escalation:c1:red");
  });

  it("flags for the supervisors what reached them", () => {
    expect(reachesSupervisors({ escalation: { level: "SUPERVISORS" } })).toBe(true);
    expect(reachesSupervisors({ escalation: { level: "BACKUP" } })).toBe(true);
    expect(reachesSupervisors({ escalation: { level: "ON_DUTY" } })).toBe(false);
    expect(reachesSupervisors({ escalation: null })).toBe(false);
  });
});
