// GET and HEAD /map/streets.pmtiles: the street basemap's archive, in the
// byte ranges the browser's pmtiles reader asks for. server.ts answers it
// ahead of Next's router, only when the archive checked out at start.
//
// No session needed: the archive is public geography (OpenStreetMap's), as
// are the app's own tiles under /map, and it says nothing about any case. A
// map draws dozens of ranges a second while panning; a session check is a
// database read each.
import type { IncomingMessage, ServerResponse } from "node:http";
import { serveFile } from "@/lib/server/http/serve-file";
import { STREET_BASEMAP_PATH } from "./basemap";
import { basemapArchive, describeBasemapArchive } from "./basemap-archive";

/** Whether server.ts should answer this request with the archive. */
export const isBasemapRequest = (request: IncomingMessage) =>
  (request.method === "GET" || request.method === "HEAD") && (request.url === STREET_BASEMAP_PATH || request.url?.startsWith(`${STREET_BASEMAP_PATH}?`));

export const serveBasemap = (file: string) => (request: IncomingMessage, response: ServerResponse) =>
  serveFile(request, response, {
    file,
    contentType: "application/octet-stream",
    // An hour, then revalidated by ETag: an extract changes only when the operator replaces it and restarts.
    cacheControl: "public, max-age=3600",
  });

/** This process's archive handler, or null without a usable archive; either way one line to the log says which. */
export const streetBasemap = (log: (line: string) => void) => {
  const archive = basemapArchive();
  log(describeBasemapArchive(archive, STREET_BASEMAP_PATH));
  return archive.ok ? serveBasemap(archive.file) : null;
};
