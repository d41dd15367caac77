import { describe, expect, it } from "vitest";
import { caseSummary } from "@/lib/server/testing/case-summary";
import { withoutPoint } from "./policy";
import { withPlace } from "./with-place";

describe("withPlace", () => {
  it("describes the last location, and adds nothing to a case without one", () => {
    const located = withPlace(caseSummary({ lastLocation: { lat: 31.7587, lng: -106.4869, accuracyM: 10 } }));
    expect(located.place).toMatchObject({ town: "El Paso", region: "TX", county: { name: "El Paso" } });
    expect("place" in withPlace(caseSummary())).toBe(false);
  });

  it("answers the same position from what it kept", () => {
    const at = { lat: 33.88, lng: -118.24, accuracyM: null };
    const first = withPlace(caseSummary({ id: "a", lastLocation: at }));
    const second = withPlace(caseSummary({ id: "b", lastLocation: { ...at } }));
    expect(second.place).toBe(first.place);
  });

  it("is dropped with the point for the region's rooms", () => {
    const located = withPlace(caseSummary({ lastLocation: { lat: 34.05, lng: -118.24, accuracyM: 5 } }));
    expect(withoutPoint(located)).not.toHaveProperty("place");
    expect(withoutPoint(located).lastLocation).toBeNull();
  });
});
