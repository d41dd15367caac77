// A PMTiles v3 writer for tests: the `pmtiles` package only reads archives.
// Enough for a few tiles: one root directory (no leaf directories), nothing
// compressed, tiles in tile-id order, each stored once. The layout is the
// specification's (github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md).
import { zxyToTileId } from "pmtiles";

export type ArchiveTile = { z: number; x: number; y: number; data: Uint8Array };

const HEADER_BYTES = 127;
const COMPRESSION_NONE = 1;
const TILE_TYPE_MVT = 1;

const varints = (values: number[]) => {
  const bytes: number[] = [];
  for (let value of values) {
    while (value >= 0x80) {
      bytes.push((value % 0x80) | 0x80);
      value = Math.floor(value / 0x80);
    }
    bytes.push(value);
  }
  return bytes;
};

/** The root directory: entry count, then each column (tile-id deltas, run lengths, lengths, offsets) as varints. */
const directory = (entries: { tileId: number; offset: number; length: number }[]) => {
  const offsets = entries.map((entry, i) => {
    const previous = entries[i - 1];
    // 0 says "right after the previous tile"; any other value is the offset plus one.
    return previous && entry.offset === previous.offset + previous.length ? 0 : entry.offset + 1;
  });
  return Uint8Array.from([
    ...varints([entries.length]),
    ...varints(entries.map((entry, i) => entry.tileId - (entries[i - 1]?.tileId ?? 0))),
    ...varints(entries.map(() => 1)),
    ...varints(entries.map((entry) => entry.length)),
    ...varints(offsets),
  ]);
};

const e7 = (degrees: number) => Math.round(degrees * 1e7);

/** A whole archive: header, root directory, JSON metadata, then the tiles. */
export const writePmtiles = ({
  tiles,
  bounds,
  metadata = {},
}: {
  tiles: ArchiveTile[];
  /** [west, south, east, north] in degrees. */
  bounds: [number, number, number, number];
  metadata?: Record<string, unknown>;
}) => {
  const sorted = tiles.map((tile) => ({ ...tile, tileId: zxyToTileId(tile.z, tile.x, tile.y) })).sort((a, b) => a.tileId - b.tileId);
  let at = 0;
  const entries = sorted.map((tile) => {
    const entry = { tileId: tile.tileId, offset: at, length: tile.data.byteLength };
    at += tile.data.byteLength;
    return entry;
  });
  const root = directory(entries);
  const meta = new TextEncoder().encode(JSON.stringify(metadata));
  const zooms = sorted.map((tile) => tile.z);
  const [west, south, east, north] = bounds;

  const header = new DataView(new ArrayBuffer(HEADER_BYTES));
  new TextEncoder().encodeInto("PMTiles", new Uint8Array(header.buffer));
  header.setUint8(7, 3);
  const u64 = (offset: number, value: number) => header.setBigUint64(offset, BigInt(value), true);
  const rootAt = HEADER_BYTES;
  const metaAt = rootAt + root.byteLength;
  const dataAt = metaAt + meta.byteLength;
  u64(8, rootAt);
  u64(16, root.byteLength);
  u64(24, metaAt);
  u64(32, meta.byteLength);
  u64(40, dataAt); // no leaf directories
  u64(48, 0);
  u64(56, dataAt);
  u64(64, at);
  u64(72, sorted.length); // addressed tiles
  u64(80, sorted.length); // tile entries
  u64(88, sorted.length); // tile contents
  header.setUint8(96, 1); // clustered: tiles in tile-id order
  header.setUint8(97, COMPRESSION_NONE); // directories and metadata
  header.setUint8(98, COMPRESSION_NONE); // tiles
  header.setUint8(99, TILE_TYPE_MVT);
  header.setUint8(100, Math.min(...zooms));
  header.setUint8(101, Math.max(...zooms));
  header.setInt32(102, e7(west), true);
  header.setInt32(106, e7(south), true);
  header.setInt32(110, e7(east), true);
  header.setInt32(114, e7(north), true);
  header.setUint8(118, Math.max(...zooms));
  header.setInt32(119, e7((west + east) / 2), true);
  header.setInt32(123, e7((south + north) / 2), true);

  const archive = new Uint8Array(dataAt + at);
  archive.set(new Uint8Array(header.buffer), 0);
  archive.set(root, rootAt);
  archive.set(meta, metaAt);
  let offset = dataAt;
  for (const tile of sorted) {
    archive.set(tile.data, offset);
    offset += tile.data.byteLength;
  }
  return archive;
};
