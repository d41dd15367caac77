// The jurisdictions' borders and areas, drawn by the server from the seeded table.
import { beforeAll, describe, expect, it } from "vitest";
import { ensureNetwork } from "@/lib/server/testing/fixtures";
import { getJurisdictionBounds, getJurisdictionLines } from "./jurisdiction-shapes";

beforeAll(ensureNetwork);

describe("[MAP] jurisdiction shapes", () => {
  it("opens the LA officer's map on Los Angeles County's mainland", async () => {
    const [[west, south], [east, north]] = (await getJurisdictionBounds("LAX"))!;
    expect(west).toBeGreaterThan(-119.5);
    expect(east).toBeLessThan(-117.3);
    expect(south).toBeGreaterThan(33.6);
    expect(north).toBeLessThan(35);
  });

  it("draws the borders between consulates, and one consulate's area when asked", async () => {
    const plain = await getJurisdictionLines(null);
    expect(plain.features.map((f) => f.properties?.kind)).toEqual(["consulate-line"]);
    const withOwn = await getJurisdictionLines("LAX");
    expect(withOwn.features.map((f) => f.properties?.kind)).toEqual(["consulate-line", "own-area"]);
    expect((withOwn.features[1].geometry as GeoJSON.MultiPolygon).coordinates.length).toBeGreaterThan(0);
  });

  it("has no box for a consulate without counties", async () => {
    expect(await getJurisdictionBounds("ZZZ")).toBeNull();
  });
});
