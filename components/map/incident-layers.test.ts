import { describe, expect, it } from "vitest";
import { caseSummary } from "@/lib/server/testing/case-summary";
import { incidentArea, incidentBounds, incidentCaseFeatures } from "./incident-layers";

const area = { center: { lat: 33.9, lng: -118.2 }, radiusKm: 2, firstAt: "2026-11-25T10:00:00.000Z", lastAt: "2026-11-25T10:10:00.000Z" };
const at = (lat: number, lng: number) => ({ lat, lng, accuracyM: null });

describe("the incident map's data", () => {
  it("draws its open cases with a location, not the ended or unplaced ones", () => {
    const cases = [
      caseSummary({ id: "a", lastLocation: at(33.9, -118.2) }),
      caseSummary({ id: "b", lastLocation: null }),
      caseSummary({ id: "c", lastLocation: at(33.91, -118.21), status: "CLOSED" }),
      caseSummary({ id: "d", lastLocation: at(33.92, -118.19), duress: true }),
    ];
    const features = incidentCaseFeatures(cases).features;
    expect(features.map((f) => f.properties?.id)).toEqual(["a", "d"]);
    expect(features[1].properties?.critical).toBe(true);
  });

  it("draws its area as a circle of its radius around its centre, with a marker there", () => {
    const [circle, centre] = incidentArea(area).features;
    expect(circle.geometry.type).toBe("Polygon");
    expect(centre.geometry).toEqual({ type: "Point", coordinates: [-118.2, 33.9] });
    const ring = (circle.geometry as GeoJSON.Polygon).coordinates[0];
    const northmost = Math.max(...ring.map(([, lat]) => lat));
    expect(northmost - 33.9).toBeCloseTo(2 / 111.32, 3);
  });

  it("opens on a box holding the circle and every case, even one outside it", () => {
    const [[west, south], [east, north]] = incidentBounds(area, [caseSummary({ lastLocation: at(34.1, -118.2) })]);
    expect(north).toBe(34.1);
    expect(south).toBeCloseTo(33.9 - 2 / 111.32, 5);
    expect(west).toBeLessThan(-118.2);
    expect(east).toBeGreaterThan(-118.2);
  });
});
