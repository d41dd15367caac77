import { describe, expect, it } from "vitest";
import type { CaseStatus, Role } from "@/lib/generated/prisma/enums";
import { allowedActions, ENDED_STATUSES, isEnded, type CaseState } from "./lifecycle";
import { isPrimaryStep, leadsToLegalRecord, primarySteps, type CaseStep } from "./next-step";

const STATUSES: CaseStatus[] = ["NEW", "ACKNOWLEDGED", "IN_CONTACT", "DETENTION_CONFIRMED", "REFERRED_LEGAL_AID", "NOT_DETAINED", "RESCINDED", "CLOSED"];
const ROLES: Role[] = ["OFFICER", "LEGAL_AID", "SUPERVISOR", "ADMIN"];

// The case's owner for officers (the one who moves it), another user for the other roles.
const actorOf = (role: Role) => ({ userId: role === "OFFICER" ? "owner" : `a-${role}`, role });
const stateOf = (status: CaseStatus): CaseState => ({ status, ownerId: status === "NEW" ? null : "owner", duress: false, rescinded: true });

const movesOf = (role: Role, status: CaseStatus): CaseStep[] =>
  allowedActions(actorOf(role), stateOf(status)).flatMap((action) => {
    if (action.kind === "reopen") return ["reopen" as const];
    if (action.kind === "transition" && action.to !== "NEW") return [action.to];
    return [];
  });

describe("the case page's next steps", () => {
  it("puts forward only moves the lifecycle allows that role (or the legal record, which is no move)", () => {
    for (const status of STATUSES) {
      for (const role of ROLES) {
        const allowed = movesOf(role, status);
        for (const step of primarySteps(role, status)) {
          if (step === "legalRecord") continue;
          expect(allowed, `${status} ${role} ${step}`).toContain(step);
        }
      }
    }
  });

  it("gives the owning officer a primary way forward in every open status", () => {
    for (const status of STATUSES.filter((s) => !isEnded(s))) {
      expect(primarySteps("OFFICER", status).length, status).toBeGreaterThan(0);
    }
  });

  it("makes both outcomes of a contact primary, and a cancellation quiet", () => {
    expect(isPrimaryStep("OFFICER", "IN_CONTACT", "DETENTION_CONFIRMED")).toBe(true);
    expect(isPrimaryStep("OFFICER", "IN_CONTACT", "NOT_DETAINED")).toBe(true);
    expect(isPrimaryStep("OFFICER", "IN_CONTACT", "RESCINDED")).toBe(false);
    expect(isPrimaryStep("OFFICER", "ACKNOWLEDGED", "RESCINDED")).toBe(false);
  });

  it("after a referral points the officer to the legal record, not to closing; legal aid closes", () => {
    expect(isPrimaryStep("OFFICER", "REFERRED_LEGAL_AID", "CLOSED")).toBe(false);
    expect(leadsToLegalRecord("OFFICER", "REFERRED_LEGAL_AID")).toBe(true);
    expect(isPrimaryStep("LEGAL_AID", "REFERRED_LEGAL_AID", "CLOSED")).toBe(true);
    expect(leadsToLegalRecord("LEGAL_AID", "REFERRED_LEGAL_AID")).toBe(false);
  });

  it("puts nothing forward on an ended case, reopening included", () => {
    for (const status of ENDED_STATUSES) {
      for (const role of ROLES) {
        expect(primarySteps(role, status), `${status} ${role}`).toEqual([]);
        expect(isPrimaryStep(role, status, "reopen")).toBe(false);
      }
    }
  });

  it("puts nothing forward for an administrator or a supervisor, who move no open case", () => {
    for (const status of STATUSES) {
      expect(primarySteps("ADMIN", status)).toEqual([]);
      expect(primarySteps("SUPERVISOR", status)).toEqual([]);
    }
  });
});
