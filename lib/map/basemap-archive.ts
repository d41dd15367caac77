// Whether AMPARO_BASEMAP_PMTILES names a PMTiles v3 archive this process can
// read: checked once per process (server.ts logs the answer at start; pages
// read it to tell the maps), and never fatal: without one the map keeps the
// app's own basemap.
import "server-only";
import { closeSync, openSync, readSync, statSync } from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";

export type BasemapArchive =
  | { ok: true; file: string; bytes: number }
  | { ok: false; file?: string; reason: "unset" | "relative" | "missing" | "not-a-file" | "unreadable" | "not-pmtiles" | "not-v3" };

const MAGIC = "PMTiles";

/** What the file at `file` is, read from its first 8 bytes only (extracts are gigabytes). */
export const checkBasemapArchive = (file: string | undefined): BasemapArchive => {
  if (!file) return { ok: false, reason: "unset" };
  // Relative to what would depend on where the server was started from.
  if (!path.isAbsolute(file)) return { ok: false, file, reason: "relative" };
  let stat;
  try {
    stat = statSync(file);
  } catch {
    return { ok: false, file, reason: "missing" };
  }
  if (!stat.isFile()) return { ok: false, file, reason: "not-a-file" };
  const head = Buffer.alloc(8);
  let read = 0;
  try {
    const fd = openSync(file, "r");
    try {
      read = readSync(fd, head, 0, head.length, 0);
    } finally {
      closeSync(fd);
    }
  } catch {
    return { ok: false, file, reason: "unreadable" };
  }
  if (read < head.length || head.toString("latin1", 0, MAGIC.length) !== MAGIC) return { ok: false, file, reason: "not-pmtiles" };
  if (head[7] !== 3) return { ok: false, file, reason: "not-v3" };
  return { ok: true, file, bytes: stat.size };
};

const WHY_NOT: Record<Exclude<BasemapArchive, { ok: true }>["reason"], string> = {
  unset: "AMPARO_BASEMAP_PMTILES is not set",
  relative: "it is not an absolute path",
  missing: "there is no such file",
  "not-a-file": "it is not a regular file",
  unreadable: "this process cannot read it",
  "not-pmtiles": "it is not a PMTiles archive",
  "not-v3": "it is a PMTiles archive of another version than 3",
};

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** One line for the server's log: what is served, or why not. */
export const describeBasemapArchive = (archive: BasemapArchive, servedAt: string) =>
  archive.ok
    ? `street basemap: serving ${archive.file} (${megabytes(archive.bytes)}) at ${servedAt}`
    : archive.reason === "unset"
      ? "street basemap: none (AMPARO_BASEMAP_PMTILES is not set; see docs/basemap.md)"
      : `street basemap: not serving AMPARO_BASEMAP_PMTILES=${archive.file}: ${WHY_NOT[archive.reason]}; the map keeps its own basemap`;

let checked: BasemapArchive | undefined;

/** This process's archive, checked on first use. A new file takes a restart (docs/basemap.md). */
export const basemapArchive = () => (checked ??= checkBasemapArchive(env().AMPARO_BASEMAP_PMTILES));
