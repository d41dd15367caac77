// One file from disk, for a path server.ts answers ahead of Next's router:
// byte ranges (206 with Content-Range, 416 when none can be served, the
// whole file as 200 without a Range), HEAD, ETag and Last-Modified with
// their conditional requests, streamed, never read whole. `send` (Express's
// static file server) does all of that; this adds the desk's headers.
import path from "node:path";
import type { IncomingMessage, ServerResponse } from "node:http";
import send from "send";
import { SECURITY_HEADERS } from "./security-headers";

type ServedFile = {
  /** An absolute path. */
  file: string;
  contentType: string;
  cacheControl: string;
};

export const serveFile = (request: IncomingMessage, response: ServerResponse, { file, contentType, cacheControl }: ServedFile) => {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
  response.setHeader("Cache-Control", cacheControl);
  // Set first, `send` keeps it (its own guess comes from the file's extension).
  response.setHeader("Content-Type", contentType);
  // The file is named by the server's configuration, never by the request: `send` gets its directory as
  // the root and its name as the path, so that its rules for request paths (dotfiles, `..`) do not apply to it.
  send(request, `/${encodeURIComponent(path.basename(file))}`, {
    root: path.dirname(file),
    dotfiles: "allow",
    index: false,
    cacheControl: false,
    etag: true,
    lastModified: true,
    acceptRanges: true,
  })
    .on("error", (error: Error & { status?: number; headers?: Record<string, string> }) => {
      if (response.headersSent) return void response.destroy();
      for (const [name, value] of Object.entries(error.headers ?? {})) response.setHeader(name, value);
      response.removeHeader("Cache-Control");
      response.writeHead(error.status ?? 500, { "Content-Length": 0 });
      response.end();
    })
    .pipe(response);
};
