import { describe, expect, it } from "vitest";
import { CONSULATES } from "../consulates/network";
import { assignCounties } from "./assign";
import { findCounty } from "./jurisdiction";
import { FALLBACK_CONSULATE, routeAlert, type RouteDeps } from "./route";

// The real network, with the computed jurisdictions standing in for the table.
const jurisdictions = new Map(assignCounties(CONSULATES).map((r) => [r.countyFips, r.consulateCode]));
const deps: RouteDeps = {
  findCounty,
  countyToConsulate: (fips) => jurisdictions.get(fips),
  consulates: CONSULATES,
};

describe("routeAlert with the real network", () => {
  it("routes by the county of the location", () => {
    expect(routeAlert({ location: { lat: 34.0522, lng: -118.2437 } }, deps)).toEqual({
      consulateCode: "LAX",
      reason: "county",
      countyFips: "06037",
    });
    expect(routeAlert({ location: { lat: 29.7604, lng: -95.3698 } }, deps)).toEqual({
      consulateCode: "HOU",
      reason: "county",
      countyFips: "48201",
    });
    expect(routeAlert({ location: { lat: 31.7619, lng: -106.485 } }, deps)).toMatchObject({
      consulateCode: "ELP",
      reason: "county",
    });
    expect(routeAlert({ location: { lat: 18.4655, lng: -66.1057 } }, deps)).toEqual({
      consulateCode: "SJU",
      reason: "county",
      countyFips: "72127",
    });
  });

  it("prefers the location over the registered consulate", () => {
    const route = routeAlert({ location: { lat: 29.7604, lng: -95.3698 }, registeredConsulate: "LAX" }, deps);
    expect(route.consulateCode).toBe("HOU");
  });

  it("sends a location outside every county to the nearest consulate", () => {
    // Off the California coast, San José, San Francisco and Oxnard are within
    // 10 km of each other in distance; San José's office is the closest.
    expect(routeAlert({ location: { lat: 30, lng: -130 } }, deps)).toEqual({
      consulateCode: "SJC",
      reason: "nearest",
    });
    // Ciudad Juárez, just across the river from the El Paso consulate.
    expect(routeAlert({ location: { lat: 31.6904, lng: -106.4245 } }, deps)).toEqual({
      consulateCode: "ELP",
      reason: "nearest",
    });
  });

  it("uses the registered consulate when there is no location", () => {
    expect(routeAlert({ location: null, registeredConsulate: "LAX" }, deps)).toEqual({
      consulateCode: "LAX",
      reason: "registered",
    });
    expect(routeAlert({ location: null, registeredConsulate: " hou " }, deps).consulateCode).toBe("HOU");
  });

  it("falls back to the embassy's consular section with nothing to go on", () => {
    expect(FALLBACK_CONSULATE).toBe("WAS");
    expect(routeAlert({ location: null, registeredConsulate: "XYZ" }, deps)).toEqual({
      consulateCode: "WAS",
      reason: "fallback",
    });
    expect(routeAlert({ location: null }, deps)).toEqual({ consulateCode: "WAS", reason: "fallback" });
    expect(routeAlert({ location: null, registeredConsulate: null }, deps).reason).toBe("fallback");
  });
});

describe("routeAlert with stub dependencies", () => {
  const stub: RouteDeps = {
    findCounty: (lat) => (lat > 0 ? { fips: "00001" } : null),
    countyToConsulate: () => undefined,
    consulates: [
      { code: "AAA", lat: 10, lng: 10 },
      { code: "BBB", lat: -10, lng: -10 },
    ],
  };

  it("uses the nearest consulate for a county missing from the jurisdiction table", () => {
    expect(routeAlert({ location: { lat: 9, lng: 9 } }, stub)).toEqual({
      consulateCode: "AAA",
      reason: "nearest",
      countyFips: "00001",
    });
  });

  it("falls back when there is a location but no consulate at all", () => {
    expect(routeAlert({ location: { lat: -9, lng: -9 } }, { ...stub, consulates: [] })).toEqual({
      consulateCode: "WAS",
      reason: "fallback",
    });
  });
});
