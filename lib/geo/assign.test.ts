import { describe, expect, it } from "vitest";
import { CONSULATES } from "../consulates/network";
import { assignCounties } from "./assign";
import { loadCounties } from "./counties";

describe("assignCounties", () => {
  const rows = assignCounties(CONSULATES);
  const byFips = new Map(rows.map((r) => [r.countyFips, r]));
  const codes = new Set(CONSULATES.map((c) => c.code));

  it("gives every us-atlas county exactly one known consulate", () => {
    const counties = loadCounties();
    expect(rows).toHaveLength(counties.length);
    expect(byFips.size).toBe(counties.length);
    const wrong = counties.filter((county) => {
      const row = byFips.get(county.fips);
      return !row || !codes.has(row.consulateCode) || row.state !== county.state || row.countyName !== county.name;
    });
    expect(wrong.map((c) => c.fips)).toEqual([]);
  });

  it("gives every consulate at least its own county", () => {
    const used = new Set(rows.map((r) => r.consulateCode));
    for (const code of codes) expect(used, code).toContain(code);
  });

  it("keeps counties with a consulate in their state within that state", () => {
    const statesWithConsulate = new Set(CONSULATES.map((c) => c.state));
    const stateOf = new Map(CONSULATES.map((c) => [c.code, c.state]));
    const crossing = rows.filter((r) => statesWithConsulate.has(r.state) && stateOf.get(r.consulateCode) !== r.state);
    expect(crossing).toEqual([]);
  });

  it("assigns well-known counties to their consulate", () => {
    const code = (fips: string) => byFips.get(fips)?.consulateCode;
    expect(code("17031")).toBe("CHI"); // Cook, IL
    expect(code("48201")).toBe("HOU"); // Harris, TX
    expect(code("06037")).toBe("LAX"); // Los Angeles, CA
    expect(code("12086")).toBe("MIA"); // Miami-Dade, FL
    expect(code("48141")).toBe("ELP"); // El Paso, TX
    expect(code("06073")).toBe("SAN"); // San Diego, CA
    expect(code("72127")).toBe("SJU"); // San Juan, PR
    expect(code("11001")).toBe("WAS"); // District of Columbia
    // States without a consulate: the nearest one anywhere.
    expect(code("23005")).toBe("BOS"); // Cumberland, ME
    expect(code("23003")).toBe("BOS"); // Aroostook, ME
    expect(code("02020")).toBe("SEA"); // Anchorage, AK
    expect(code("47157")).toBe("LIT"); // Shelby (Memphis), TN
  });

  it("is deterministic, whatever the order of the consulates", () => {
    expect(assignCounties([...CONSULATES].reverse())).toEqual(rows);
  });

  it("refuses an empty network", () => {
    expect(() => assignCounties([])).toThrow();
  });
});
