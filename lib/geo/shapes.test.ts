import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import {
  basemapFeatures,
  boundsAround,
  boundsOf,
  countiesByConsulate,
  jurisdictionArea,
  jurisdictionLines,
  mainPart,
  type UsTopology,
  type WorldTopology,
} from "./shapes";

// The files the basemap's tiles are made from (scripts/copy-map-assets.ts), and the regional view fetches.
const require = createRequire(import.meta.url);
const us = require("us-atlas/counties-10m.json") as UsTopology;
const world = require("world-atlas/countries-50m.json") as WorldTopology;

// Los Angeles County to LAX, Orange County to SNA, San Bernardino County to SBD.
const JURISDICTIONS = { "06037": "LAX", "06059": "SNA", "06071": "SBD" };

describe("[MAP] the basemap from the app's own shapes", () => {
  it("tags every feature with the layer that draws it", () => {
    const kinds = new Set(basemapFeatures({ us, world }).map((f) => f.properties?.kind));
    expect(kinds).toEqual(new Set(["land", "country-line", "us-land", "state-line", "county-line"]));
  });

  it("draws the borders between consulates, not between two counties of one", () => {
    const lines = jurisdictionLines(us, JURISDICTIONS);
    expect(lines.properties?.kind).toBe("consulate-line");
    const all = jurisdictionLines(us, Object.fromEntries(us.objects.counties.geometries.map((c) => [String(c.id), "ONE"])));
    const inner = jurisdictionLines(us, Object.fromEntries(us.objects.counties.geometries.map((c) => [String(c.id), String(c.id).slice(0, 2)])));
    const length = (f: GeoJSON.Feature) => (f.geometry as GeoJSON.MultiLineString).coordinates.flat().length;
    // One consulate for the whole country: only its outer edge; one per state: the state lines as well.
    expect(length(inner)).toBeGreaterThan(length(all));
  });

  it("dissolves a consulate's counties into its area, whose box frames Los Angeles County", () => {
    const area = jurisdictionArea(us, JURISDICTIONS, "LAX");
    expect(area.type).toBe("MultiPolygon");
    const [[west, south], [east, north]] = boundsOf([area])!;
    expect(west).toBeCloseTo(-118.95, 1);
    expect(east).toBeCloseTo(-117.65, 1);
    expect(south).toBeLessThan(33.5); // Santa Catalina and San Clemente islands belong to the county
    expect(north).toBeCloseTo(34.82, 1);
    const [[, mainlandSouth]] = boundsOf([mainPart(area)])!;
    expect(mainlandSouth).toBeGreaterThan(33.6); // the mainland alone, without the islands
  });

  it("shades only the counties of the consulates asked for, each with its consulate", () => {
    const counties = countiesByConsulate(us, JURISDICTIONS, new Set(["LAX", "SNA"]));
    const shaded = Object.fromEntries(counties.features.map((f) => [f.id, f.properties?.consulate]));
    expect(shaded).toEqual({ "06037": "LAX", "06059": "SNA" });
  });

  it("frames places with a margin", () => {
    expect(boundsAround([])).toBeNull();
    expect(boundsAround([{ lat: 34, lng: -118 }, { lat: 38, lng: -122 }], 1)).toEqual([[-123, 33], [-117, 39]]);
  });

  it("has no box for no shapes, and leaves out points east of 0° (the Aleutians)", () => {
    expect(boundsOf([])).toBeNull();
    expect(boundsOf([{ type: "MultiPoint", coordinates: [[-120, 30], [179, 52]] }])).toEqual([[-120, 30], [-120, 30]]);
  });
});
