import { describe, expect, it } from "vitest";
import { findHotspots, type TimedPoint } from "./hotspots";

const T0 = Date.UTC(2026, 10, 25, 15, 0);
const around = (prefix: string, lat: number, lng: number, n: number, minutesApart = 1, spreadKm = 0.5): TimedPoint[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `${prefix}${i}`,
    lat: lat + ((i % 3) - 1) * (spreadKm / 111),
    lng: lng + ((i % 2) - 0.5) * (spreadKm / 92),
    at: T0 + i * minutesApart * 60_000,
  }));

describe("possible raids", () => {
  it("finds a tight, recent burst and leaves scattered alerts alone", () => {
    const raid = around("raid", 34.0407, -118.2468, 8); // 8 alerts, one a minute, within a kilometre
    const scattered = [
      { id: "a", lat: 34.2, lng: -118.5, at: T0 },
      { id: "b", lat: 33.8, lng: -118.0, at: T0 },
      { id: "c", lat: 29.76, lng: -95.37, at: T0 },
    ];
    const spots = findHotspots([...scattered, ...raid]);
    expect(spots).toHaveLength(1);
    expect(spots[0].ids).toEqual(raid.map((p) => p.id).sort());
    expect(spots[0].center.lat).toBeCloseTo(34.0407, 2);
    expect(spots[0].radiusKm).toBeGreaterThanOrEqual(2);
    expect(spots[0].lastAt - spots[0].firstAt).toBe(7 * 60_000);
  });

  it("needs enough alerts close in time, not just in space", () => {
    expect(findHotspots(around("slow", 34.04, -118.24, 8, 60))).toEqual([]); // one an hour
    expect(findHotspots(around("few", 34.04, -118.24, 4))).toEqual([]);
    expect(findHotspots(around("far", 34.04, -118.24, 8, 1, 40))).toEqual([]); // spread over 40 km
  });

  it("keeps two raids apart and puts the larger first", () => {
    const la = around("la", 34.04, -118.24, 6);
    const houston = around("hou", 29.76, -95.37, 9);
    const spots = findHotspots([...la, ...houston]);
    expect(spots.map((s) => s.ids.length)).toEqual([9, 6]);
  });
});
