// The one Node entry point: Next's request handler and Socket.IO on one
// http.Server. With no DATABASE_URL it first starts the embedded PostgreSQL;
// with AMPARO_DEMO=1 it applies migrations and seeds the demo data.
// `npm run demo` (scripts/demo.ts) imports this file, building the app meanwhile on a first run.
import { createServer, type ServerResponse } from "node:http";
import next from "next";
import { Server } from "socket.io";
import { nextBuildDone, prepareEnvironment } from "@/lib/server/bootstrap";
import { literalPathSegments } from "@/lib/server/http/literal-path";
import { errorMessage, log } from "@/lib/server/log";

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? "localhost";
// `npm run demo` (scripts/demo.ts) serves the production build outside production: AMPARO_PREBUILT=1.
const dev = process.env.NODE_ENV !== "production" && process.env.AMPARO_PREBUILT !== "1";
// The server must not call out: no telemetry from a desk that holds case data.
process.env.NEXT_TELEMETRY_DISABLED ??= "1";

const logger = log("server");

const main = async () => {
  const prepared = await prepareEnvironment();
  process.env.NEXTAUTH_URL ??= `http://${hostname}:${port}`;

  const { env } = await import("@/lib/env");
  const settings = env();
  if (settings.AMPARO_DEMO || process.env.AMPARO_MIGRATE_ON_START === "1") {
    const { migrate } = await import("@/lib/server/migrate");
    const { applied } = await migrate({ databaseUrl: settings.DATABASE_URL, log: (line) => logger.info(line) });
    if (applied.length) logger.info({ applied }, "applied migrations");
    // Rows from before personal data was sealed are sealed now (docs/privacy.md).
    const { sealLegacyRows } = await import("@/lib/privacy/legacy-mutations");
    const sealed = await sealLegacyRows();
    if (Object.keys(sealed).length > 0) logger.info({ sealed }, "sealed rows written before encryption");
  }
  if (settings.AMPARO_DEMO) {
    const { seed } = await import("@/prisma/seed/seed");
    await seed({ demo: true, night: true, log: (line) => logger.info(line) });
  }

  // On the demo's first run its production build is still being made (scripts/demo.ts).
  await nextBuildDone();
  const app = next({ dev, hostname, port });
  await app.prepare();
  const handle = app.getRequestHandler();
  // What the domains run through lib/server (sockets' rooms, background work,
  // the intake's key lookup), registered in this bundle's module copy.
  await import("@/lib/register");
  // The relay's intake is answered here, ahead of Next's router, which cost
  // it half its throughput (docs/performance.md); it is the same definition
  // Next's route file serves.
  // So is the triage queue's read, where Next's pipeline was a fifth of each
  // request's time.
  const { intake, INTAKE_PATH } = await import("@/lib/alerts/intake");
  const { readQueue, QUEUE_PATH } = await import("@/lib/cases/queue-read");
  const { staffReadNode } = await import("@/lib/server/http/staff-read-node");
  const { isPathOf } = await import("@/lib/server/http/staff-reply");
  const { stampClientAddress } = await import("@/lib/server/http/client-address");
  const queue = staffReadNode(readQueue);
  // The optional street basemap (docs/basemap.md), in byte ranges; null, and said why, without a usable archive.
  const { streetBasemap, isBasemapRequest } = await import("@/lib/map/basemap-route");
  const basemap = streetBasemap((line) => logger.info(line));
  const answered = (what: string, res: ServerResponse) => (error: Error) => {
    logger.error({ route: what, error: error.message }, "could not answer");
    res.destroy();
  };
  // Health and metrics (docs/operations.md): no session, ahead of everything else.
  const { answerOperations, isOperationsRequest } = await import("@/lib/server/http/operations");
  // Every answer, ours and Next's, carries a Content-Security-Policy with a nonce of its own.
  const { withBrowserPolicy } = await import("@/lib/server/http/browser-policy");
  const listener = withBrowserPolicy((req, res) => {
    // First: the sign-in throttle and the intake's limit count by it, and a client must not choose it.
    stampClientAddress(req, settings.TRUST_PROXY);
    // Next's router would answer a segment that does not percent-decode with a 500.
    if (req.url) req.url = literalPathSegments(req.url);
    if (isOperationsRequest(req)) return void answerOperations(req, res, { metricsToken: settings.METRICS_TOKEN }).catch(answered("operations", res));
    if (req.method === "POST" && req.url === INTAKE_PATH) return void intake.node(req, res).catch(answered("intake", res));
    if (basemap && isBasemapRequest(req)) return basemap(req, res);
    // `via=next` reaches Next's route instead: the benchmark measures both.
    if (req.method === "GET" && isPathOf(req.url, QUEUE_PATH) && !req.url?.includes("via=next")) return void queue(req, res).catch(answered("queue", res));
    void handle(req, res);
  }, { dev });
  const httpServer = createServer(listener);

  // With REDIS_URL the instances share live events, presence, signals and the
  // relay's rate limit (docs/scaling.md); without it this instance keeps them
  // in memory. A Redis that does not answer delays nothing but sharing.
  if (settings.REDIS_URL) {
    const { connectRedis } = await import("@/lib/server/redis");
    if (!(await connectRedis())) logger.error("Redis is not answering yet: starting anyway, each instance on its own until it does");
  }
  const { socketAdapter } = await import("@/lib/server/realtime/adapter");
  const io = new Server(httpServer, { serveClient: false, transports: ["websocket", "polling"], adapter: socketAdapter() });
  const { attachRealtime } = await import("@/lib/server/realtime/attach");
  attachRealtime(io);
  const { listenForSignals } = await import("@/lib/server/signals");
  listenForSignals();

  // Reminders and family messages; their rows are durable, so stopping loses nothing.
  const { startBackgroundWork } = await import("@/lib/server/background");
  const background = startBackgroundWork();

  const { disconnectLocalSockets } = await import("@/lib/server/realtime/publish");
  const { stopOnSignals } = await import("@/lib/server/shutdown");
  stopOnSignals({
    httpServer,
    graceMs: settings.SHUTDOWN_GRACE_MS,
    disconnectSockets: disconnectLocalSockets,
    steps: [
      // Reminders, escalations and outboxes finish the row in hand; a cut-short lease is taken over by another instance.
      { name: "background work", run: () => background.stop() },
      { name: "socket.io", run: () => io.close() },
      // The sockets' last presence announcements publish through Redis.
      { name: "presence", run: async () => (await import("@/lib/cases/presence")).settlePresence() },
      // Rows of reads already answered are committed; this only waits for the last group commit.
      { name: "read audit", run: async () => (await import("@/lib/audit/reads")).flushReadAudit() },
      { name: "database", run: async () => (await import("@/lib/server/db")).disconnectDb() },
      { name: "health probe", run: async () => (await import("@/lib/server/health")).closeHealth() },
      { name: "redis", run: async () => (await import("@/lib/server/redis")).closeRedis() },
      { name: "embedded database", run: () => prepared.stop() },
    ],
  });

  httpServer.listen(port, hostname, () => {
    const shared = settings.REDIS_URL ? `, shared through Redis as "${settings.REDIS_PREFIX}"` : "";
    logger.info({ url: `http://${hostname}:${port}`, mode: dev ? "development" : "production" }, `ready${shared}`);
  });
};

main().catch((error) => {
  logger.fatal({ error: errorMessage(error) }, "failed to start");
  process.exit(1);
});
