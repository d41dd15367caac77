// The street basemap's archive as server.ts serves it: byte ranges as the
// browser's pmtiles reader asks for them, over a real HTTP server, from an
// archive the test builds; and the start-up check that keeps a bad path from
// breaking the desk.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STREET_BASEMAP_PATH } from "./basemap";
import { checkBasemapArchive, describeBasemapArchive } from "./basemap-archive";
import { isBasemapRequest, serveBasemap } from "./basemap-route";
import { buildStreetArchive } from "./testing/street-archive";

let dir: string;
let file: string;
let archive: Uint8Array;
let server: Server;
let base: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "amparo-basemap-"));
  file = path.join(dir, "streets.pmtiles");
  archive = buildStreetArchive();
  writeFileSync(file, archive);
  const serve = serveBasemap(file);
  server = createServer((request, response) => (isBasemapRequest(request) ? serve(request, response) : response.writeHead(404).end()));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

// fetch() adds `Cache-Control: no-cache` to a conditional request, which rightly forbids a 304: a browser's cache does not.
const statusOf = (headers: Record<string, string>) =>
  new Promise<number | undefined>((resolve, reject) => {
    request(`${base}${STREET_BASEMAP_PATH}`, { headers }, (response) => {
      response.resume();
      resolve(response.statusCode);
    })
      .on("error", reject)
      .end();
  });

const get = (headers: Record<string, string> = {}, method = "GET") => fetch(`${base}${STREET_BASEMAP_PATH}`, { method, headers });

describe("GET /map/streets.pmtiles", () => {
  it("answers a range with 206 and exactly those bytes of the file", async () => {
    for (const [start, end] of [[0, 126], [127, 400], [archive.length - 50, archive.length - 1]]) {
      const response = await get({ Range: `bytes=${start}-${end}` });
      expect(response.status).toBe(206);
      expect(response.headers.get("content-range")).toBe(`bytes ${start}-${end}/${archive.length}`);
      expect(response.headers.get("content-length")).toBe(String(end - start + 1));
      expect(new Uint8Array(await response.arrayBuffer())).toEqual(archive.slice(start, end + 1));
    }
  });

  it("clips a range that runs past the end, and serves a suffix range", async () => {
    const past = await get({ Range: `bytes=${archive.length - 10}-${archive.length + 1000}` });
    expect(past.status).toBe(206);
    expect(new Uint8Array(await past.arrayBuffer())).toEqual(archive.slice(archive.length - 10));
    const suffix = await get({ Range: "bytes=-20" });
    expect(suffix.status).toBe(206);
    expect(new Uint8Array(await suffix.arrayBuffer())).toEqual(archive.slice(archive.length - 20));
  });

  it("answers 416 with the file's size for a range it cannot serve", async () => {
    const response = await get({ Range: `bytes=${archive.length + 10}-${archive.length + 20}` });
    expect(response.status).toBe(416);
    expect(response.headers.get("content-range")).toBe(`bytes */${archive.length}`);
    expect((await response.arrayBuffer()).byteLength).toBe(0);
  });

  it("answers the whole file with 200 without a Range, with the headers a cache and the pmtiles reader need", async () => {
    const response = await get();
    expect(response.status).toBe(200);
    expect(response.headers.get("accept-ranges")).toBe("bytes");
    expect(response.headers.get("content-type")).toBe("application/octet-stream");
    expect(response.headers.get("cache-control")).toBe("public, max-age=3600");
    expect(response.headers.get("etag")).toMatch(/^W?\/?".+"$/);
    expect(Date.parse(response.headers.get("last-modified") ?? "")).not.toBeNaN();
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-encoding")).toBeNull();
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(archive);
  });

  it("answers HEAD with the size and no body", async () => {
    const response = await get({}, "HEAD");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-length")).toBe(String(archive.length));
    expect(response.headers.get("accept-ranges")).toBe("bytes");
    expect((await response.arrayBuffer()).byteLength).toBe(0);
  });

  it("answers 304 to a browser that holds the current version", async () => {
    const etag = (await get({}, "HEAD")).headers.get("etag")!;
    expect(await statusOf({ "If-None-Match": etag, Range: "bytes=0-126" })).toBe(304);
    expect(await statusOf({ "If-None-Match": '"another"', Range: "bytes=0-126" })).toBe(206);
  });

  it("is only GET and HEAD of its own path", async () => {
    expect((await fetch(`${base}${STREET_BASEMAP_PATH}`, { method: "POST" })).status).toBe(404);
    expect((await fetch(`${base}${STREET_BASEMAP_PATH}.bak`)).status).toBe(404);
    expect((await fetch(`${base}/map/other.pmtiles`)).status).toBe(404);
  });
});

describe("the archive's check at start", () => {
  it("accepts a PMTiles v3 archive and says what it serves", () => {
    const checked = checkBasemapArchive(file);
    expect(checked).toEqual({ ok: true, file, bytes: archive.length });
    expect(describeBasemapArchive(checked, STREET_BASEMAP_PATH)).toContain(`serving ${file}`);
  });

  it("refuses, with the reason, whatever else the variable names", () => {
    const notPmtiles = path.join(dir, "notes.txt");
    writeFileSync(notPmtiles, "just some text, long enough");
    const version2 = path.join(dir, "old.pmtiles");
    writeFileSync(version2, Buffer.concat([Buffer.from("PMTiles"), Buffer.from([2]), Buffer.alloc(100)]));
    const tooShort = path.join(dir, "short.pmtiles");
    writeFileSync(tooShort, "PMT");
    expect(checkBasemapArchive(undefined)).toEqual({ ok: false, reason: "unset" });
    expect(checkBasemapArchive("streets.pmtiles")).toMatchObject({ ok: false, reason: "relative" });
    expect(checkBasemapArchive(path.join(dir, "missing.pmtiles"))).toMatchObject({ ok: false, reason: "missing" });
    expect(checkBasemapArchive(dir)).toMatchObject({ ok: false, reason: "not-a-file" });
    expect(checkBasemapArchive(notPmtiles)).toMatchObject({ ok: false, reason: "not-pmtiles" });
    expect(checkBasemapArchive(tooShort)).toMatchObject({ ok: false, reason: "not-pmtiles" });
    expect(checkBasemapArchive(version2)).toMatchObject({ ok: false, reason: "not-v3" });
  });

  it("says in the log why a bad path is not served, and that the map keeps its own basemap", () => {
    const missing = path.join(dir, "missing.pmtiles");
    const line = describeBasemapArchive(checkBasemapArchive(missing), STREET_BASEMAP_PATH);
    expect(line).toContain(missing);
    expect(line).toContain("there is no such file");
    expect(line).toContain("keeps its own basemap");
  });
});
