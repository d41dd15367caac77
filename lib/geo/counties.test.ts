import { describe, expect, it } from "vitest";
import { loadCounties } from "./counties";

describe("loadCounties", () => {
  const counties = loadCounties();

  it("decodes every us-atlas county once, with a unique five-digit FIPS", () => {
    expect(counties.length).toBeGreaterThan(3200);
    expect(new Set(counties.map((c) => c.fips)).size).toBe(counties.length);
    expect(counties.filter((c) => !/^\d{5}$/.test(c.fips)).map((c) => c.fips)).toEqual([]);
    expect(loadCounties()).toBe(counties);
  });

  it("names each county and its state", () => {
    const la = counties.find((c) => c.fips === "06037");
    expect(la).toMatchObject({ name: "Los Angeles", state: "CA" });
    expect(counties.find((c) => c.fips === "72127")).toMatchObject({ name: "San Juan", state: "PR" });
    expect(counties.filter((c) => !/^[A-Z]{2}$/.test(c.state)).map((c) => c.fips)).toEqual([]);
  });

  it("gives each county polygons in lon/lat and a bounding box around them", () => {
    const malformed = counties.filter(({ polygons, bbox: [minLng, minLat, maxLng, maxLat] }) => {
      const ordered = minLng <= maxLng && minLat <= maxLat;
      const inRange = minLng >= -180 && maxLng <= 180 && minLat >= -90 && maxLat <= 90;
      return polygons.length === 0 || !ordered || !inRange;
    });
    expect(malformed.map((c) => c.fips)).toEqual([]);
    const la = counties.find((c) => c.fips === "06037")!;
    const [minLng, minLat, maxLng, maxLat] = la.bbox;
    expect(minLng).toBeLessThan(-118.2437);
    expect(maxLng).toBeGreaterThan(-118.2437);
    expect(minLat).toBeLessThan(34.0522);
    expect(maxLat).toBeGreaterThan(34.0522);
  });
});
