import { describe, expect, it } from "vitest";
import { managedStaffWhere, mayPlace, rolesManagedBy } from "./staff-policy";

const OESTE = "11111111-1111-4111-8111-111111111111";
const TEXAS = "22222222-2222-4222-8222-222222222222";
const admin = { role: "ADMIN" as const, regionId: null };
const supervisor = { role: "SUPERVISOR" as const, regionId: OESTE };

describe("[ADMIN] whom a manager of staff manages", () => {
  it("an administrator gives every role, anywhere", () => {
    expect(rolesManagedBy(admin)).toEqual(["OFFICER", "LEGAL_AID", "SUPERVISOR", "ADMIN"]);
    expect(mayPlace(admin, { role: "ADMIN", consulateRegionId: null })).toBe(true);
    expect(mayPlace(admin, { role: "OFFICER", consulateRegionId: TEXAS })).toBe(true);
    expect(managedStaffWhere(admin)).toEqual({});
  });

  it("a supervisor gives only officer and legal aid, only in their own region", () => {
    expect(rolesManagedBy(supervisor)).toEqual(["OFFICER", "LEGAL_AID"]);
    expect(mayPlace(supervisor, { role: "LEGAL_AID", consulateRegionId: OESTE })).toBe(true);
    expect(mayPlace(supervisor, { role: "OFFICER", consulateRegionId: TEXAS })).toBe(false);
    expect(mayPlace(supervisor, { role: "SUPERVISOR", consulateRegionId: null })).toBe(false);
    expect(mayPlace(supervisor, { role: "ADMIN", consulateRegionId: null })).toBe(false);
    expect(managedStaffWhere(supervisor)).toEqual({ role: { in: ["OFFICER", "LEGAL_AID"] }, consulate: { regionId: OESTE } });
  });

  it("a supervisor without a region, an officer or legal aid manage nobody", () => {
    for (const scope of [{ role: "SUPERVISOR" as const, regionId: null }, { role: "OFFICER" as const, regionId: null }, { role: "LEGAL_AID" as const, regionId: null }]) {
      expect(managedStaffWhere(scope), scope.role).toEqual({ id: { in: [] } });
      expect(mayPlace(scope, { role: "OFFICER", consulateRegionId: OESTE }), scope.role).toBe(false);
    }
  });
});
