import { describe, expect, it } from "vitest";
import { CONSULATES, REGIONS, STATE_FIPS_TO_USPS } from "./network";

const byCode = new Map(CONSULATES.map((c) => [c.code, c]));

describe("consulate network", () => {
  it("has unique three-letter codes, including the fixed ones", () => {
    expect(byCode.size).toBe(CONSULATES.length);
    for (const c of CONSULATES) expect(c.code).toMatch(/^[A-Z]{3}$/);
    expect(CONSULATES.length).toBeGreaterThanOrEqual(50);
    expect(byCode.get("LAX")?.city).toBe("Los Ángeles");
    expect(byCode.get("HOU")?.city).toBe("Houston");
    expect(byCode.get("ELP")?.city).toBe("El Paso");
    expect(byCode.get("WAS")?.state).toBe("DC");
    expect(byCode.get("SJU")?.state).toBe("PR");
  });

  it("puts every consulate in a known region, and every region has consulates", () => {
    const regionCodes = new Set(REGIONS.map((r) => r.code));
    expect(regionCodes.size).toBe(REGIONS.length);
    for (const c of CONSULATES) expect(regionCodes, c.code).toContain(c.regionCode);
    for (const r of REGIONS) expect(CONSULATES.some((c) => c.regionCode === r.code), r.code).toBe(true);
  });

  it("keeps Los Angeles in the Oeste region and Texas in a region of its own", () => {
    expect(byCode.get("LAX")?.regionCode).toBe("OESTE");
    expect(REGIONS.find((r) => r.code === "OESTE")?.name).toBe("Región Oeste");
    expect(byCode.get("HOU")?.regionCode).not.toBe("OESTE");
    const texasRegions = new Set(CONSULATES.filter((c) => c.state === "TX").map((c) => c.regionCode));
    expect(texasRegions.size).toBe(1);
    const [texas] = [...texasRegions];
    expect(CONSULATES.filter((c) => c.regionCode === texas).every((c) => c.state === "TX")).toBe(true);
  });

  it("uses valid IANA zones, and the right ones where Texas and Arizona differ", () => {
    for (const c of CONSULATES) {
      expect(() => new Intl.DateTimeFormat("en-US", { timeZone: c.timeZone }), c.code).not.toThrow();
    }
    const zone = (code: string) => byCode.get(code)?.timeZone;
    expect(zone("ELP")).toBe("America/Denver");
    for (const code of ["PHX", "TUS", "NOG", "DUG", "YUM"]) expect(zone(code)).toBe("America/Phoenix");
    expect(zone("BOI")).toBe("America/Boise");
    expect(zone("DTW")).toBe("America/Detroit");
    expect(zone("IND")).toBe("America/Indiana/Indianapolis");
    expect(zone("SJU")).toBe("America/Puerto_Rico");
    expect(zone("HOU")).toBe("America/Chicago");
  });

  it("places offices in the US and its states", () => {
    const states = new Set(Object.values(STATE_FIPS_TO_USPS));
    for (const c of CONSULATES) {
      expect(states, c.code).toContain(c.state);
      expect(c.lat, c.code).toBeGreaterThan(17);
      expect(c.lat, c.code).toBeLessThan(50);
      expect(c.lng, c.code).toBeGreaterThan(-125);
      expect(c.lng, c.code).toBeLessThan(-65);
    }
  });

  it("maps the state FIPS codes of all states, DC, Puerto Rico and the territories", () => {
    expect(Object.keys(STATE_FIPS_TO_USPS)).toHaveLength(56);
    expect(new Set(Object.values(STATE_FIPS_TO_USPS)).size).toBe(56);
    expect(STATE_FIPS_TO_USPS["06"]).toBe("CA");
    expect(STATE_FIPS_TO_USPS["48"]).toBe("TX");
    expect(STATE_FIPS_TO_USPS["11"]).toBe("DC");
    expect(STATE_FIPS_TO_USPS["72"]).toBe("PR");
  });
});
