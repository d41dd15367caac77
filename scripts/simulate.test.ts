// The simulator finds the server where `npm run demo` put it: on PORT, as the
// server takes it, and it says which URL it tried when nothing answers there.
import { spawnSync } from "node:child_process";
import { createServer } from "node:net";
import { describe, expect, it } from "vitest";

/** A port nothing listens on: taken from the system, then let go. */
const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

const simulate = (env: Record<string, string>, args: string[] = []) =>
  spawnSync("npx", ["tsx", "--import", "./scripts/server-only-hook.mjs", "scripts/simulate.ts", "--count", "1", "--quiet", ...args], {
    env: { ...process.env, ...env },
    encoding: "utf8",
    timeout: 60_000,
  });

describe("[INTAKE] the simulator's target", () => {
  it("follows PORT, and names the URL it tried when nothing answers", async () => {
    const port = await freePort();
    const run = simulate({ PORT: String(port) });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`No Amparo server answers at http://localhost:${port}.`);
    expect(run.stderr).toContain(`PORT=${port} npm run demo`);
  }, 60_000);

  it("takes --url over PORT", async () => {
    const [port, other] = [await freePort(), await freePort()];
    const run = simulate({ PORT: String(port) }, ["--url", `http://127.0.0.1:${other}`]);
    expect(run.stderr).toContain(`No Amparo server answers at http://127.0.0.1:${other}.`);
  }, 60_000);
});
