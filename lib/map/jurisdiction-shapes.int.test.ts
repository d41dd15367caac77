// The jurisdictions' borders and areas, drawn by the server from the seeded table.
import { beforeAll, describe, expect, it } from "vitest";
import { ensureNetwork } from "@/lib/server/testing/fixtures";
import { PbfReader } from "pbf";
import { VectorTile } from "@mapbox/vector-tile";
import { JURISDICTION_LAYER } from "@/lib/geo/basemap-tiles";
import { getJurisdictionArea, getJurisdictionBounds, getJurisdictionLines, getJurisdictionTile } from "./jurisdiction-shapes";

beforeAll(ensureNetwork);

describe("[MAP] jurisdiction shapes", () => {
  it("opens the LA officer's map on Los Angeles County's mainland", async () => {
    const [[west, south], [east, north]] = (await getJurisdictionBounds("LAX"))!;
    expect(west).toBeGreaterThan(-119.5);
    expect(east).toBeLessThan(-117.3);
    expect(south).toBeGreaterThan(33.6);
    expect(north).toBeLessThan(35);
  });

  it("draws the borders between consulates, as vector tiles, and one consulate's area", async () => {
    expect((await getJurisdictionLines()).properties?.kind).toBe("consulate-line");
    // Los Angeles County's tile at the deepest zoom holds borders (LA / San Diego / Fresno…); the open Pacific holds none.
    const la = new VectorTile(new PbfReader(await getJurisdictionTile(7, 21, 51)));
    const layer = la.layers[JURISDICTION_LAYER];
    expect(layer.length).toBeGreaterThan(0);
    expect(layer.feature(0).properties.kind).toBe("consulate-line");
    expect((await getJurisdictionTile(7, 5, 51)).length).toBe(0);
    const area = await getJurisdictionArea("LAX");
    expect(area?.properties?.kind).toBe("own-area");
    expect((area!.geometry as GeoJSON.MultiPolygon).coordinates.length).toBeGreaterThan(0);
    expect(await getJurisdictionArea("ZZZ")).toBeNull();
  });

  it("has no box for a consulate without counties", async () => {
    expect(await getJurisdictionBounds("ZZZ")).toBeNull();
  });
});
