// Graceful shutdown on SIGTERM or SIGINT (docs/operations.md): readiness
// turns 503 at once; the listening socket closes, so new connections are
// refused; the live sockets are told to go (a server-side disconnect, which
// lib/client/use-live-socket.ts answers by connecting again a moment later,
// through the balancer to an instance that is up); requests in flight get up
// to `graceMs` to finish; then the steps run in order (background loops, whose
// leases another instance takes over if cut short; the database pool; Redis)
// and the process exits 0. A shutdown that hangs past grace + 10 s exits 1.
import type { Server } from "node:http";
import { markShuttingDown } from "./health";
import { errorMessage, log } from "./log";

export type ShutdownStep = { name: string; run: () => Promise<unknown> | unknown };

export type ShutdownOptions = {
  httpServer: Server;
  graceMs: number;
  /** Closes this instance's live sockets with the reconnect hint. */
  disconnectSockets: () => void;
  steps: ShutdownStep[];
  exit?: (code: number) => void;
};

export const gracefulShutdown = ({ httpServer, graceMs, disconnectSockets, steps, exit = (code) => process.exit(code) }: ShutdownOptions) => {
  const logger = log("shutdown");
  let stopping = false;
  // A kept-alive connection that sends one more request gets its answer, then is closed.
  httpServer.prependListener("request", (_request, response) => {
    if (stopping) response.setHeader("Connection", "close");
  });
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    markShuttingDown();
    logger.info({ signal, graceMs }, "shutting down: no new connections, finishing requests in flight");
    setTimeout(() => {
      logger.error("shutdown did not finish in time: exiting anyway");
      exit(1);
    }, graceMs + 10_000).unref();
    const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
    httpServer.closeIdleConnections();
    disconnectSockets();
    let timer: NodeJS.Timeout | undefined;
    const drained = await Promise.race([
      closed.then(() => true),
      new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), graceMs))),
    ]);
    clearTimeout(timer);
    if (!drained) {
      logger.warn({ graceMs }, "requests still in flight after the grace period: closing their connections");
      httpServer.closeAllConnections();
    }
    let failed = false;
    for (const step of steps) {
      try {
        await step.run();
      } catch (error) {
        failed = true;
        logger.error({ step: step.name, error: errorMessage(error) }, "shutdown step failed");
      }
    }
    logger.info({ drained }, "stopped");
    exit(failed ? 1 : 0);
  };
  return { stop, isStopping: () => stopping };
};

/** Runs gracefulShutdown on SIGTERM and SIGINT. */
export const stopOnSignals = (options: ShutdownOptions) => {
  const shutdown = gracefulShutdown(options);
  for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, () => void shutdown.stop(signal));
  return shutdown;
};
