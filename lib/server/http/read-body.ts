import type { IncomingMessage } from "node:http";
import { AppError } from "@/lib/server/errors";

const tooLarge = () => new AppError("payload_too_large", "Body over the limit");

const refuseDeclared = (contentLength: string | null | undefined, limit: number) => {
  const declared = Number(contentLength);
  if (Number.isFinite(declared) && declared > limit) throw tooLarge();
};

/** Reads at most `limit` bytes of a request body; a larger body is a 413, whatever Content-Length claimed. */
export const readBodyLimited = async (request: Request, limit: number): Promise<Uint8Array> => {
  refuseDeclared(request.headers.get("content-length"), limit);
  if (!request.body) return new Uint8Array();
  return collect(request.body, limit);
};

/**
 * The same for Node's request (server.ts's own routes). Past the limit it
 * stops reading without destroying the socket, so that the 413 can still be
 * written; the caller then closes the connection (the rest is never read).
 */
export const readNodeBodyLimited = (request: IncomingMessage, limit: number): Promise<Uint8Array> =>
  new Promise((resolve, reject) => {
    refuseDeclared(request.headers["content-length"], limit);
    const chunks: Uint8Array[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size <= limit) return void chunks.push(chunk);
      request.off("data", onData).pause();
      reject(tooLarge());
    };
    request.on("data", onData);
    request.once("end", () => resolve(join(chunks, size)));
    request.once("error", reject);
  });

const collect = async (stream: ReadableStream<Uint8Array>, limit: number) => {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  return join(chunks, size);
};

const join = (chunks: Uint8Array[], size: number) => {
  const joined = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    joined.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return joined;
};
