// Graceful shutdown in a process of its own (lib/server/testing/shutdown-harness.ts,
// the same lib/server/shutdown.ts that server.ts runs): on SIGTERM a request in
// flight completes, new connections are refused, the live socket is told to
// reconnect, the steps run, and the process exits 0.
import { spawn, type ChildProcess } from "node:child_process";
import { request } from "node:http";
import { createInterface } from "node:readline";
import { afterEach, describe, expect, it } from "vitest";
import { io as connect } from "socket.io-client";

let child: ChildProcess | undefined;

afterEach(() => {
  if (child && child.exitCode === null) child.kill("SIGKILL");
  child = undefined;
});

const start = async (env: Record<string, string> = {}) => {
  const spawned = spawn(process.execPath, ["--import", "tsx", "--import", "./scripts/server-only-hook.mjs", "lib/server/testing/shutdown-harness.ts"], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  child = spawned;
  const lines: Record<string, unknown>[] = [];
  const exited = new Promise<number | null>((resolve) => spawned.on("exit", (code) => resolve(code)));
  const port = await new Promise<number>((resolve, reject) => {
    createInterface({ input: spawned.stdout! }).on("line", (line) => {
      try {
        const entry = JSON.parse(line) as Record<string, unknown>;
        lines.push(entry);
        if (typeof entry.port === "number") resolve(entry.port);
      } catch {
        // not one of the harness's lines
      }
    });
    spawned.on("exit", () => reject(new Error("the harness exited before listening")));
  });
  return { port, lines, exited, child: spawned };
};

const get = (port: number, path: string) =>
  new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, agent: false }, (res) => {
      let body = "";
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end();
  });

describe("[OPS] graceful shutdown", () => {
  it("finishes the request in flight, refuses new connections, tells sockets to reconnect, and exits 0", async () => {
    const harness = await start();
    expect((await get(harness.port, "/api/health/live")).status).toBe(200);
    const socket = connect(`http://127.0.0.1:${harness.port}`, { transports: ["websocket"], reconnection: false });
    await new Promise<void>((resolve, reject) => {
      socket.on("connect", () => resolve());
      socket.on("connect_error", reject);
    });
    const disconnected = new Promise<string>((resolve) => socket.on("disconnect", (reason) => resolve(reason)));

    const inFlight = get(harness.port, "/slow?ms=1500");
    await new Promise((resolve) => setTimeout(resolve, 200));
    const signalledAt = performance.now();
    harness.child.kill("SIGTERM");

    // The reason lib/client/use-live-socket.ts answers by connecting again.
    expect(await disconnected).toBe("io server disconnect");
    await new Promise((resolve) => setTimeout(resolve, 100));
    await expect(get(harness.port, "/api/health/live")).rejects.toMatchObject({ code: "ECONNREFUSED" });

    expect(await inFlight).toEqual({ status: 200, body: JSON.stringify({ waited: 1500 }) });
    expect(await harness.exited).toBe(0);
    expect(performance.now() - signalledAt).toBeLessThan(5_000);
    expect(harness.lines.filter((line) => "step" in line).map((line) => line.step)).toEqual(["background work", "database"]);
    socket.close();
  });

  it("closes a request that outlives the grace period, and still exits 0", async () => {
    const harness = await start({ SHUTDOWN_GRACE_MS: "300" });
    const inFlight = get(harness.port, "/slow?ms=20000");
    await new Promise((resolve) => setTimeout(resolve, 200));
    const signalledAt = performance.now();
    harness.child.kill("SIGTERM");
    await expect(inFlight).rejects.toMatchObject({ code: "ECONNRESET" });
    expect(await harness.exited).toBe(0);
    expect(performance.now() - signalledAt).toBeLessThan(3_000);
  });
});
