// The operators' routes, answered by server.ts ahead of Next and of any
// session (docs/operations.md): GET /api/health/live, GET /api/health/ready,
// GET /metrics. Probes are not rate-limited: they are cheap by construction
// (live touches nothing; ready runs one short query on a connection of its own).
import { createHash, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { checkReadiness } from "@/lib/server/health";
import { errorMessage, log } from "@/lib/server/log";
import { renderMetrics } from "@/lib/server/metrics";
import { writeNodeReply } from "./node-reply";

export const LIVE_PATH = "/api/health/live";
export const READY_PATH = "/api/health/ready";
export const METRICS_PATH = "/metrics";

const pathOf = (url: string | undefined) => (url ?? "").split("?")[0];

export const isOperationsRequest = (request: IncomingMessage) => {
  const path = pathOf(request.url);
  return path === LIVE_PATH || path === READY_PATH || path === METRICS_PATH;
};

const LOOPBACK = /^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1|::ffff:127\.\d{1,3}\.\d{1,3}\.\d{1,3})$/i;

// Hashed first, so that tokens of any length compare in constant time.
const sameToken = (given: string, expected: string) =>
  timingSafeEqual(createHash("sha256").update(given).digest(), createHash("sha256").update(expected).digest());

/**
 * Who may scrape. With METRICS_TOKEN: only a request carrying it as a Bearer
 * token, from anywhere, loopback included. Without: only the loopback peer,
 * and only when no proxy forwarded the request (a proxy on the same host would
 * otherwise make every outside request look local).
 */
export const metricsAccess = (request: IncomingMessage, token: string | undefined): "ok" | 401 | 403 => {
  if (token) {
    const [scheme, given] = (request.headers.authorization ?? "").split(" ");
    return scheme?.toLowerCase() === "bearer" && given && sameToken(given, token) ? "ok" : 401;
  }
  const forwarded = request.headers["x-forwarded-for"] !== undefined || request.headers.forwarded !== undefined;
  return !forwarded && LOOPBACK.test(request.socket.remoteAddress ?? "") ? "ok" : 403;
};

const methodNotAllowed = (request: IncomingMessage, response: ServerResponse) =>
  writeNodeReply(request, response, { status: 405, body: { error: "method_not_allowed" }, headers: { Allow: "GET, HEAD" } });

export const answerOperations = async (request: IncomingMessage, response: ServerResponse, { metricsToken }: { metricsToken?: string }) => {
  if (request.method !== "GET" && request.method !== "HEAD") return methodNotAllowed(request, response);
  const path = pathOf(request.url);
  if (path === LIVE_PATH) return writeNodeReply(request, response, { status: 200, body: { status: "live" } });
  if (path === READY_PATH) {
    const { ready, checks } = await checkReadiness();
    return writeNodeReply(request, response, { status: ready ? 200 : 503, body: { status: ready ? "ready" : "not_ready", checks } });
  }
  const access = metricsAccess(request, metricsToken);
  if (access !== "ok") {
    const headers: Record<string, string> = access === 401 ? { "WWW-Authenticate": 'Bearer realm="metrics"' } : {};
    return writeNodeReply(request, response, { status: access, body: { error: access === 401 ? "unauthorized" : "forbidden" }, headers });
  }
  try {
    const { contentType, text } = await renderMetrics();
    response.writeHead(200, { "Content-Type": contentType, "Cache-Control": "no-store" });
    response.end(request.method === "HEAD" ? undefined : text);
  } catch (error) {
    log("metrics").error({ error: errorMessage(error) }, "metrics not rendered");
    await writeNodeReply(request, response, { status: 500, body: { error: "internal" } });
  }
};
