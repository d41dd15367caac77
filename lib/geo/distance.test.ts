import { describe, expect, it } from "vitest";
import { haversineKm, nearestConsulate } from "./distance";

describe("haversineKm", () => {
  it("measures known great-circle distances", () => {
    const la = { lat: 34.0522, lng: -118.2437 };
    const nyc = { lat: 40.7128, lng: -74.006 };
    expect(haversineKm(la, nyc)).toBeGreaterThan(3925);
    expect(haversineKm(la, nyc)).toBeLessThan(3950);
    expect(haversineKm(la, la)).toBe(0);
    // One degree of latitude is about 111.2 km.
    expect(haversineKm({ lat: 0, lng: 0 }, { lat: 1, lng: 0 })).toBeCloseTo(111.2, 0);
  });

  it("is symmetric and takes the short way across the antimeridian", () => {
    const a = { lat: 52, lng: 179.5 };
    const b = { lat: 52, lng: -179.5 };
    expect(haversineKm(a, b)).toBeCloseTo(haversineKm(b, a), 9);
    expect(haversineKm(a, b)).toBeLessThan(70);
  });
});

describe("nearestConsulate", () => {
  const offices = [
    { code: "BBB", lat: 0, lng: 1 },
    { code: "AAA", lat: 0, lng: -1 },
    { code: "CCC", lat: 10, lng: 10 },
  ];

  it("picks the closest office", () => {
    expect(nearestConsulate({ lat: 9, lng: 9 }, offices)?.code).toBe("CCC");
    expect(nearestConsulate({ lat: 0, lng: 0.9 }, offices)?.code).toBe("BBB");
  });

  it("breaks exact ties by code, whatever the input order", () => {
    expect(nearestConsulate({ lat: 0, lng: 0 }, offices)?.code).toBe("AAA");
    expect(nearestConsulate({ lat: 0, lng: 0 }, [...offices].reverse())?.code).toBe("AAA");
  });

  it("returns null for no offices", () => {
    expect(nearestConsulate({ lat: 0, lng: 0 }, [])).toBeNull();
  });
});
