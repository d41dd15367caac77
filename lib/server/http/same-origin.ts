// Writes refuse another site's browser. A browser says where a request comes
// from: `Origin` on every POST, PATCH, PUT and DELETE, and `Sec-Fetch-Site`
// on current ones. SameSite cookies and the JSON media type already stop most
// cross-site writes; this stops them whatever a browser's cookie rules are.
// A request with neither header is not a browser's (curl, the relay, the
// benches) and carries no cookie a browser attached by itself: it passes.

const READS = new Set(["GET", "HEAD", "OPTIONS"]);

export type IncomingWrite = {
  method: string;
  header: (name: string) => string | null;
  /** The host the request was sent to (its Host header). */
  host: string | null;
};

const originOf = (value: string | null) => {
  if (!value) return null;
  try {
    return new URL(value);
  } catch {
    return null; // `Origin: null` (a sandboxed frame, a redirect) is nobody's origin
  }
};

/**
 * Whether a state-changing request came from another site: Sec-Fetch-Site
 * says cross-site, or the Origin's host is neither the request's host nor the
 * public origin next-auth is configured with (NEXTAUTH_URL, for a proxy that
 * rewrites Host). Next-auth reads that variable itself, so it is read here
 * from the same place rather than from lib/env.ts.
 */
export const isForeignWrite = ({ method, header, host }: IncomingWrite, publicOrigin = process.env.NEXTAUTH_URL ?? null) => {
  if (READS.has(method.toUpperCase())) return false;
  if (header("sec-fetch-site")?.toLowerCase() === "cross-site") return true;
  const origin = header("origin");
  if (origin === null) return false;
  const from = originOf(origin);
  if (!from) return true;
  if (host !== null && from.host === host.toLowerCase()) return false;
  return from.origin !== originOf(publicOrigin)?.origin;
};

/** A Fetch API request (Next's route handlers) as isForeignWrite reads it. */
export const webWrite = (request: Request): IncomingWrite => ({
  method: request.method,
  header: (name) => request.headers.get(name),
  host: request.headers.get("host") ?? new URL(request.url).host,
});
