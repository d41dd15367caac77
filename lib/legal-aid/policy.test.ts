import { describe, expect, it } from "vitest";
import { isAppError } from "@/lib/server/errors";
import { approvalRefusal, assertCanWriteLegal } from "./policy";

const refusal = (run: () => void) => {
  try {
    run();
    return null;
  } catch (error) {
    return isAppError(error) ? `${error.code}:${error.message}` : "other";
  }
};

describe("legal-aid policy", () => {
  it("lets officers, legal aid and supervisors write open cases; never administrators; never ended cases", () => {
    for (const role of ["OFFICER", "LEGAL_AID", "SUPERVISOR"] as const) {
      expect(refusal(() => assertCanWriteLegal({ role }, "REFERRED_LEGAL_AID"))).toBeNull();
      for (const ended of ["CLOSED", "NOT_DETAINED", "RESCINDED"] as const) {
        expect(refusal(() => assertCanWriteLegal({ role }, ended))).toBe("conflict:case_closed");
      }
    }
    expect(refusal(() => assertCanWriteLegal({ role: "ADMIN" }, "REFERRED_LEGAL_AID"))).toBe("forbidden:role");
  });

  it("needs a second person to approve a family message", () => {
    expect(approvalRefusal({ userId: "a", role: "LEGAL_AID" }, "a")).toBe("self_approval");
    expect(approvalRefusal({ userId: "b", role: "OFFICER" }, "a")).toBeNull();
    expect(approvalRefusal({ userId: "b", role: "ADMIN" }, "a")).toBe("role");
  });
});
