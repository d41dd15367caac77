import { PMTiles, TileType, type Source } from "pmtiles";
import { VectorTile } from "@mapbox/vector-tile";
import { PbfReader } from "pbf";
import { describe, expect, it } from "vitest";
import { buildStreetArchive, TEST_ARCHIVE_MAX_ZOOM, TEST_STREET } from "./street-archive";
import { writePmtiles } from "./pmtiles-writer";

/** The archive as pmtiles' reader sees a file: byte ranges. */
const inMemory = (bytes: Uint8Array): Source => ({
  getKey: () => "memory",
  getBytes: async (offset, length) => ({ data: bytes.slice(offset, offset + length).buffer }),
});

const tileAt = (lng: number, lat: number, z: number) => {
  const rad = (lat * Math.PI) / 180;
  return {
    x: Math.floor(((lng + 180) / 360) * 2 ** z),
    y: Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * 2 ** z),
  };
};

describe("the test PMTiles writer, read back by the pmtiles package", () => {
  it("writes a v3 header the reader accepts", async () => {
    const header = await new PMTiles(inMemory(buildStreetArchive())).getHeader();
    expect(header.specVersion).toBe(3);
    expect(header.tileType).toBe(TileType.Mvt);
    expect(header.minZoom).toBe(0);
    expect(header.maxZoom).toBe(TEST_ARCHIVE_MAX_ZOOM);
    expect(header.minLon).toBeCloseTo(-118.32, 5);
    expect(header.maxLat).toBeCloseTo(34.07, 5);
  });

  it("finds each tile by z/x/y, with the street in the Protomaps schema's roads layer", async () => {
    const archive = new PMTiles(inMemory(buildStreetArchive()));
    for (const z of [0, 7, 12, TEST_ARCHIVE_MAX_ZOOM]) {
      const { x, y } = tileAt(...TEST_STREET.from, z);
      const tile = await archive.getZxy(z, x, y);
      expect(tile, `z${z}`).toBeDefined();
      const roads = new VectorTile(new PbfReader(new Uint8Array(tile!.data))).layers.roads;
      const names = Array.from({ length: roads.length }, (_, i) => roads.feature(i).properties.name);
      expect(names).toContain(TEST_STREET.name);
    }
  });

  it("answers nothing for a tile outside the archive", async () => {
    const archive = new PMTiles(inMemory(buildStreetArchive()));
    const { x, y } = tileAt(-95.4, 29.7, 12);
    expect(await archive.getZxy(12, x, y)).toBeUndefined();
  });

  it("keeps each tile's bytes, in any order given", async () => {
    const tiles = [
      { z: 2, x: 1, y: 1, data: Uint8Array.from([1, 2, 3]) },
      { z: 0, x: 0, y: 0, data: Uint8Array.from([9]) },
      { z: 1, x: 1, y: 0, data: Uint8Array.from([7, 7]) },
    ];
    const archive = new PMTiles(inMemory(writePmtiles({ tiles, bounds: [-180, -85, 180, 85] })));
    for (const tile of tiles) expect(new Uint8Array((await archive.getZxy(tile.z, tile.x, tile.y))!.data)).toEqual(tile.data);
  });
});
