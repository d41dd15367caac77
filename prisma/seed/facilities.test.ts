import { describe, expect, it } from "vitest";
import { DETENTION_FACILITIES } from "@/lib/legal-aid/facility-list";
import { resolveFacilityCounties } from "./facilities";

describe("detention facilities", () => {
  it("places every facility in a county of its own state, with unique codes", () => {
    const rows = resolveFacilityCounties();
    expect(rows).toHaveLength(DETENTION_FACILITIES.length);
    expect(new Set(rows.map((r) => r.code)).size).toBe(rows.length);
    const byCode = Object.fromEntries(rows.map((r) => [r.code, r.countyFips]));
    expect(byCode.ADELANTO).toBe("06071"); // San Bernardino
    expect(byCode.OTAY_MESA).toBe("06073"); // San Diego
    expect(byCode.TACOMA).toBe("53053"); // Pierce
    expect(byCode.KROME).toBe("12086"); // Miami-Dade
    expect(byCode.HOUSTON_CDF).toBe("48201"); // Harris
  });
});
