// A process that shuts down as server.ts does (lib/server/shutdown.ts): one
// http.Server with Socket.IO, the operators' routes and a slow route (GET
// /slow?ms=N) to hold a request in flight. The shutdown test runs it with tsx,
// sends it SIGTERM and watches. It prints one JSON line with its port, and one
// per shutdown step it runs.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Server } from "socket.io";
import { answerOperations, isOperationsRequest } from "@/lib/server/http/operations";
import { registerIo, disconnectLocalSockets } from "@/lib/server/realtime/publish";
import { stopOnSignals } from "@/lib/server/shutdown";

const httpServer = createServer((req, res) => {
  if (isOperationsRequest(req)) return void answerOperations(req, res, {});
  const url = new URL(req.url ?? "/", "http://localhost");
  if (url.pathname === "/slow") {
    const ms = Number(url.searchParams.get("ms") ?? 1_000);
    return void setTimeout(() => res.end(JSON.stringify({ waited: ms })), ms);
  }
  res.statusCode = 404;
  res.end();
});
const io = new Server(httpServer, { serveClient: false, transports: ["websocket"] });
registerIo(io);
const step = (name: string) => ({ name, run: () => void process.stdout.write(`${JSON.stringify({ step: name })}\n`) });
stopOnSignals({
  httpServer,
  graceMs: Number(process.env.SHUTDOWN_GRACE_MS ?? 10_000),
  disconnectSockets: disconnectLocalSockets,
  steps: [step("background work"), { name: "socket.io", run: () => io.close() }, step("database")],
});
httpServer.listen(0, "127.0.0.1", () => {
  process.stdout.write(`${JSON.stringify({ port: (httpServer.address() as AddressInfo).port })}\n`);
});
