// Readiness with REDIS_URL set (Redis must answer too; reached
// through a TCP proxy the test cuts off, the real one being shared), and on a database never migrated.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_REDIS_URL } from "@/lib/server/testing/redis";
import { startTcpProxy, type TcpProxy } from "@/lib/server/testing/tcp-proxy";

let proxy: TcpProxy;

beforeAll(async () => {
  const target = new URL(TEST_REDIS_URL);
  proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 6379) });
  target.hostname = "127.0.0.1";
  target.port = String(proxy.port);
  // Before anything reads the environment (lib/env.ts caches it).
  process.env.REDIS_URL = target.toString();
});

afterAll(async () => {
  const { closeRedis } = await import("@/lib/server/redis");
  const { closeHealth } = await import("@/lib/server/health");
  await closeRedis();
  await closeHealth();
  await proxy.close();
});

describe("[OPS] readiness with Redis", () => {
  it("checks Redis when REDIS_URL is set: 503 within two seconds while it is away, ready again after", async () => {
    const { checkReadiness } = await import("@/lib/server/health");
    expect(await checkReadiness()).toEqual({
      ready: true,
      checks: { database: { ok: true }, redis: { ok: true }, migrations: { ok: true } },
    });

    proxy.block();
    const started = performance.now();
    const during = await checkReadiness();
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(during).toMatchObject({ ready: false, checks: { database: { ok: true }, redis: { ok: false } } });
    expect(JSON.stringify(during)).not.toContain(String(proxy.port));

    proxy.unblock();
    let after = await checkReadiness();
    for (let i = 0; i < 20 && !after.ready; i++) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      after = await checkReadiness();
    }
    expect(after.ready).toBe(true);
  });
});

describe("[OPS] readiness and migrations", () => {
  it("is not ready on a database that answers but lacks migrations, and names them", async () => {
    const { createScratchDatabase } = await import("@/lib/server/testing/database");
    const { checkReadiness, closeHealth } = await import("@/lib/server/health");
    const { env } = await import("@/lib/env");
    const scratch = await createScratchDatabase("amparo_ops_ready");
    const settings = env() as { DATABASE_URL: string };
    const original = settings.DATABASE_URL;
    await closeHealth();
    const holder = globalThis as unknown as { amparoHealth?: { migrationsApplied?: boolean } };
    const seenApplied = holder.amparoHealth?.migrationsApplied;
    holder.amparoHealth!.migrationsApplied = false;
    settings.DATABASE_URL = scratch.url;
    try {
      const result = await checkReadiness();
      expect(result.ready).toBe(false);
      expect(result.checks.database).toEqual({ ok: true });
      expect(result.checks.migrations).toMatchObject({ ok: false, error: expect.stringMatching(/^not applied .*\d{14}_init, .*_administration/) });
    } finally {
      settings.DATABASE_URL = original;
      holder.amparoHealth!.migrationsApplied = seenApplied;
      await closeHealth();
      await scratch.drop();
    }
  });
});
