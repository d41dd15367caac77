// Writes a Reply to Node's response, for the routes server.ts answers ahead of
// Next's router: the headers Next's answers carry, and gzip as Next's server
// compresses (bodies of 1 KiB and more, for a client that accepts it).
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { promisify } from "node:util";
import { gzip } from "node:zlib";
import { SECURITY_HEADERS } from "./security-headers";
import type { Reply } from "./responses";

const gzipAsync = promisify(gzip);
const COMPRESS_FROM_BYTES = 1024;

/** Whether Accept-Encoding allows gzip: named or `*`, without q=0. */
export const acceptsGzip = (header: string | string[] | undefined) =>
  String(header ?? "")
    .split(",")
    .some((entry) => {
      const [coding, ...params] = entry.trim().toLowerCase().split(";");
      if (coding.trim() !== "gzip" && coding.trim() !== "*") return false;
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return q === undefined || Number(q.slice(2)) > 0;
    });

export const writeNodeReply = async (
  request: IncomingMessage,
  response: ServerResponse,
  { status, body, headers }: Reply,
  extra: OutgoingHttpHeaders = {},
) => {
  const text = JSON.stringify(body);
  const head: OutgoingHttpHeaders = {
    ...SECURITY_HEADERS,
    "Content-Type": "application/json",
    "Cache-Control": "no-store",
    Vary: "Accept-Encoding",
    ...headers,
    ...extra,
  };
  if (Buffer.byteLength(text) >= COMPRESS_FROM_BYTES && acceptsGzip(request.headers["accept-encoding"])) {
    const zipped = await gzipAsync(text);
    response.writeHead(status, { ...head, "Content-Encoding": "gzip" });
    response.end(zipped);
    return;
  }
  response.writeHead(status, head);
  response.end(text);
};
