import { describe, expect, it } from "vitest";
import type { Place } from "@/lib/geo/place";
import { formatCounty, formatPlace } from "./format-place";
import { en } from "./messages/en";
import { es } from "./messages/es";
import { translator } from "./translate";

const tEs = translator(es);
const tEn = translator(en);

const compton: Place = {
  kind: "in",
  town: "Compton",
  region: "CA",
  country: "US",
  zip: "90220",
  county: { fips: "06037", name: "Los Angeles", state: "CA" },
  km: 3,
  bearing: "NW",
};

describe("formatPlace", () => {
  it("words a town, its ZIP and the offset from its centre in the UI's language", () => {
    expect(formatPlace(compton, tEs)).toBe("Compton, CA 90220 · 3 km al NO");
    expect(formatPlace(compton, tEn)).toBe("Compton, CA 90220 · 3 km NW");
  });

  it("drops the offset at the town's centre", () => {
    expect(formatPlace({ ...compton, km: null, bearing: null }, tEs)).toBe("Compton, CA 90220");
  });

  it("words a point away from towns as a distance from the nearest", () => {
    const sea: Place = { ...compton, kind: "near", town: "Malibu", zip: null, county: null, km: 25, bearing: "SW" };
    expect(formatPlace(sea, tEs)).toBe("25 km al SO de Malibu, CA");
    expect(formatPlace(sea, tEn)).toBe("25 km SW of Malibu, CA");
  });

  it("says so for a point far from every town, and nothing without a place", () => {
    expect(formatPlace(null, tEs)).toBe("Lejos de toda localidad conocida (¿en el mar?)");
    expect(formatPlace(undefined, tEs)).toBeNull();
  });
});

describe("formatCounty", () => {
  it("names the county and its state", () => {
    expect(formatCounty(compton.county, tEs)).toBe("Condado de Los Angeles, CA");
    expect(formatCounty(compton.county, tEn)).toBe("Los Angeles County, CA");
    expect(formatCounty(null, tEn)).toBeNull();
  });
});
