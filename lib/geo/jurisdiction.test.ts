import { describe, expect, it } from "vitest";
import type { County, Polygon } from "./counties";
import { buildCountyIndex, findCounty, pointInPolygon } from "./jurisdiction";

const square = (x0: number, y0: number, x1: number, y1: number) =>
  [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
    [x0, y0],
  ] as const;

// A 10 x 10 square with a 2 x 2 hole in its middle.
const donut: Polygon = [square(0, 0, 10, 10), square(4, 4, 6, 6)];

describe("pointInPolygon", () => {
  it("tells inside from outside", () => {
    expect(pointInPolygon(1, 1, donut)).toBe(true);
    expect(pointInPolygon(9.9, 0.1, donut)).toBe(true);
    expect(pointInPolygon(-1, 5, donut)).toBe(false);
    expect(pointInPolygon(11, 5, donut)).toBe(false);
    expect(pointInPolygon(5, 10.5, donut)).toBe(false);
  });

  it("excludes the hole", () => {
    expect(pointInPolygon(5, 5, donut)).toBe(false);
    expect(pointInPolygon(3.9, 5, donut)).toBe(true);
  });

  it("accepts rings that do not repeat their first vertex", () => {
    const open: Polygon = [[[0, 0], [2, 0], [2, 2], [0, 2]]];
    expect(pointInPolygon(1, 1, open)).toBe(true);
    expect(pointInPolygon(3, 1, open)).toBe(false);
  });
});

describe("buildCountyIndex", () => {
  const county = (fips: string, polygons: Polygon[]): County => ({
    fips,
    name: fips,
    state: "XX",
    bbox: [0, 0, 0, 0],
    polygons,
  });
  // 00001 is a multipolygon with a hole; 00002 is an island inside that hole.
  const counties = [
    county("00001", [donut, [square(20, 20, 21, 21)]]),
    county("00002", [[square(4.5, 4.5, 5.5, 5.5)]]),
  ];
  const index = buildCountyIndex(counties);

  it("finds the county of each polygon of a multipolygon", () => {
    expect(index.findCounty(1, 1)?.fips).toBe("00001");
    expect(index.findCounty(20.5, 20.5)?.fips).toBe("00001");
  });

  it("finds the island in the hole, and nothing in the rest of the hole", () => {
    expect(index.findCounty(5, 5)?.fips).toBe("00002");
    expect(index.findCounty(5.8, 5.8)).toBeNull();
  });

  it("returns null outside every county and for non-numbers", () => {
    expect(index.findCounty(15, 15)).toBeNull();
    expect(index.findCounty(Number.NaN, 1)).toBeNull();
  });
});

describe("findCounty (us-atlas)", () => {
  it("finds the county of well-known places", () => {
    expect(findCounty(34.0522, -118.2437)?.fips).toBe("06037"); // Los Angeles
    expect(findCounty(29.7604, -95.3698)?.fips).toBe("48201"); // Houston: Harris
    expect(findCounty(31.7619, -106.485)?.fips).toBe("48141"); // El Paso
    expect(findCounty(41.8781, -87.6298)?.fips).toBe("17031"); // Chicago: Cook
    expect(findCounty(40.7831, -73.9712)?.fips).toBe("36061"); // Manhattan: New York County
    expect(findCounty(18.4655, -66.1057)?.fips).toBe("72127"); // San Juan, PR
    expect(findCounty(61.2181, -149.9003)?.state).toBe("AK"); // Anchorage
  });

  it("finds nothing at sea, in Mexico or in Canada", () => {
    expect(findCounty(30, -130)).toBeNull();
    expect(findCounty(19.4326, -99.1332)).toBeNull(); // Mexico City
    expect(findCounty(31.6904, -106.4245)).toBeNull(); // Ciudad Juárez, across from El Paso
    expect(findCounty(43.6532, -79.3832)).toBeNull(); // Toronto
  });
});
