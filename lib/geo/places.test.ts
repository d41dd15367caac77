import { describe, expect, it } from "vitest";
import { describePlace } from "./places";
import { bearingOf } from "./place";

// Points are checked against the towns' GeoNames centres and the Census
// Bureau's ZCTA centroids that the packages ship.
describe("describePlace", () => {
  it("names downtown Los Angeles, its ZIP and its county", () => {
    // Pershing Square, about a kilometre south of GeoNames' centre of Los Angeles (City Hall).
    expect(describePlace(34.0407, -118.2468)).toEqual({
      kind: "in",
      town: "Los Angeles",
      region: "CA",
      country: "US",
      zip: "90014",
      county: { fips: "06037", name: "Los Angeles", state: "CA" },
      km: 1,
      bearing: "S",
    });
  });

  it("names Compton, not Los Angeles, for a point in Compton, and says how far from its centre", () => {
    // West Compton, by Compton Creek; Los Angeles' centre is 20 km away.
    expect(describePlace(33.88, -118.24)).toEqual({
      kind: "in",
      town: "Compton",
      region: "CA",
      country: "US",
      zip: "90220",
      county: { fips: "06037", name: "Los Angeles", state: "CA" },
      km: 3,
      bearing: "SW",
    });
    // At its centre: no distance.
    expect(describePlace(33.89585, -118.22007)).toMatchObject({ town: "Compton", km: null, bearing: null });
  });

  it("names El Paso, TX (not El Paso, IL) and its county", () => {
    expect(describePlace(31.7587, -106.4869)).toMatchObject({
      kind: "in",
      town: "El Paso",
      region: "TX",
      zip: "79901",
      county: { fips: "48141", name: "El Paso", state: "TX" },
      km: null,
    });
  });

  it("claims no ZIP and no county at sea: only how far from the nearest town", () => {
    // 25 km south of Malibu, in Santa Monica Bay.
    expect(describePlace(33.8, -118.75)).toEqual({
      kind: "near",
      town: "Malibu",
      region: "CA",
      country: "US",
      zip: null,
      county: null,
      km: 25,
      bearing: "S",
    });
    // Far out in the Pacific, no town within 300 km.
    expect(describePlace(30, -125)).toBeNull();
  });

  it("names a Mexican town by its state, with no ZIP or county", () => {
    expect(describePlace(31.69, -106.42)).toMatchObject({ kind: "near", town: "Juárez", region: "Chihuahua", country: "MX", zip: null, county: null });
  });

  it("says only 'N km from' a town more than 40 km away, even on land", () => {
    expect(describePlace(38.5, -116.0)).toMatchObject({ kind: "near", zip: null, county: null });
    expect(describePlace(38.5, -116.0)?.km).toBeGreaterThan(40);
  });

  it("describes no point that is not a number", () => {
    expect(describePlace(Number.NaN, -118)).toBeNull();
    expect(describePlace(90, 0)).toBeNull();
  });
});

describe("bearingOf", () => {
  it("rounds to the nearest of eight points, wrapping at north", () => {
    expect([0, 22, 23, 90, 180, 225, 270, 337, 338, -10, 359].map(bearingOf)).toEqual(["N", "N", "NE", "E", "S", "SW", "W", "NW", "N", "N", "N"]);
  });
});
