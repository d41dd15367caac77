// The operators' routes against the real PostgreSQL, reached through a TCP
// proxy that the test cuts off: readiness is 503 (quickly) while the database
// does not answer and 200 again once it does, with no restart; /metrics
// refuses without its token and names every metric with it.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { panicEvent } from "@/lib/alerts/testing/panic";
import { TEST_DATABASE_URL } from "@/lib/server/testing/database";
import { createTestRelayKey, ensureNetwork, signedRequest } from "@/lib/server/testing/fixtures";
import { startTcpProxy, throughProxy, type TcpProxy } from "@/lib/server/testing/tcp-proxy";

const TOKEN = "metrics-token-for-tests-0123456789";
let proxy: TcpProxy;
const servers: Server[] = [];
let withToken: string;
let withoutToken: string;

const serve = async (metricsToken?: string) => {
  const { answerOperations } = await import("./operations");
  const server = createServer((req, res) => void answerOperations(req, res, { metricsToken }));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
};

beforeAll(async () => {
  proxy = await startTcpProxy({ host: new URL(TEST_DATABASE_URL).hostname, port: Number(new URL(TEST_DATABASE_URL).port || 5432) });
  // Before anything reads the environment (lib/env.ts caches it): the whole process talks through the proxy.
  process.env.DATABASE_URL = throughProxy(TEST_DATABASE_URL, proxy);
  await ensureNetwork();
  withToken = await serve(TOKEN);
  withoutToken = await serve();
});

afterAll(async () => {
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  const { closeHealth } = await import("@/lib/server/health");
  await closeHealth();
  const { disconnectDb } = await import("@/lib/server/db");
  await disconnectDb();
  await proxy.close();
});

const getJson = async (url: string) => {
  const response = await fetch(url);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

describe("[OPS] health", () => {
  it("answers live without touching the database, even while it is away", async () => {
    proxy.block();
    try {
      const started = performance.now();
      expect(await getJson(`${withoutToken}/api/health/live`)).toEqual({ status: 200, body: { status: "live" } });
      expect(performance.now() - started).toBeLessThan(500);
    } finally {
      proxy.unblock();
    }
  });

  it("is ready with the database, not within two seconds while it hangs, and ready again after, without a restart", async () => {
    const before = await getJson(`${withoutToken}/api/health/ready`);
    expect(before).toEqual({
      status: 200,
      body: { status: "ready", checks: { database: { ok: true }, migrations: { ok: true } } },
    });

    // The first probe finds its connection cut; the second opens one that never answers (a hung server).
    proxy.block();
    expect((await getJson(`${withoutToken}/api/health/ready`)).status).toBe(503);
    const started = performance.now();
    const during = await getJson(`${withoutToken}/api/health/ready`);
    const took = performance.now() - started;
    expect(during.status).toBe(503);
    expect(during.body).toMatchObject({
      status: "not_ready",
      checks: { database: { ok: false }, migrations: { ok: false, error: "not checked: the database did not answer" } },
    });
    expect(took).toBeGreaterThan(1_000);
    expect(took).toBeLessThan(2_500);
    // Which check failed, and nothing about where the database is or who connects to it.
    const text = JSON.stringify(during.body);
    expect(text).not.toContain(String(proxy.port));
    expect(text).not.toContain("postgres");

    proxy.unblock();
    let after = await getJson(`${withoutToken}/api/health/ready`);
    for (let i = 0; i < 10 && after.status !== 200; i++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      after = await getJson(`${withoutToken}/api/health/ready`);
    }
    expect(after.status).toBe(200);
  });

  it("is not ready once the process is shutting down", async () => {
    const { checkReadiness, markShuttingDown } = await import("@/lib/server/health");
    const holder = globalThis as unknown as { amparoHealth?: { stopping?: boolean } };
    markShuttingDown();
    try {
      expect(await checkReadiness()).toMatchObject({ ready: false, checks: { database: { ok: true }, shutdown: { ok: false, error: "shutting down" } } });
    } finally {
      holder.amparoHealth!.stopping = false;
    }
  });
});

describe("[OPS] metrics", () => {
  it("refuses a scrape without the token, or with another, in constant time; answers with it", async () => {
    expect((await fetch(`${withToken}/metrics`)).status).toBe(401);
    expect((await fetch(`${withToken}/metrics`, { headers: { authorization: `Bearer ${TOKEN}x` } })).status).toBe(401);
    expect((await fetch(`${withToken}/metrics`, { headers: { authorization: `Basic ${TOKEN}` } })).status).toBe(401);
    const ok = await fetch(`${withToken}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toContain("text/plain");
  });

  it("without a token, answers only loopback requests that no proxy forwarded", async () => {
    expect((await fetch(`${withoutToken}/metrics`)).status).toBe(200);
    expect((await fetch(`${withoutToken}/metrics`, { headers: { "x-forwarded-for": "203.0.113.9" } })).status).toBe(403);
    expect((await fetch(`${withoutToken}/metrics`, { headers: { forwarded: "for=203.0.113.9" } })).status).toBe(403);
  });

  it("counts intake results by status and their latency, and reads cases, jobs and outboxes at scrape time", async () => {
    const { intake } = await import("@/lib/alerts/intake");
    await import("@/lib/register");
    const key = await createTestRelayKey();
    const event = panicEvent();
    expect((await intake.web(signedRequest({ key, body: event }))).status).toBe(202);
    expect((await intake.web(signedRequest({ key, body: event }))).status).toBe(200);
    expect((await intake.web(signedRequest({ key: { ...key, secret: "wrong" }, body: panicEvent() }))).status).toBe(401);

    const text = await (await fetch(`${withToken}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })).text();
    const value = (pattern: RegExp) => Number(pattern.exec(text)?.[1] ?? NaN);
    expect(value(/^amparo_intake_results_total\{status="202"\} (\d+)/m)).toBeGreaterThanOrEqual(1);
    expect(value(/^amparo_intake_results_total\{status="200"\} (\d+)/m)).toBeGreaterThanOrEqual(1);
    expect(value(/^amparo_intake_results_total\{status="401"\} (\d+)/m)).toBeGreaterThanOrEqual(1);
    expect(value(/^amparo_intake_duration_seconds_count (\d+)/m)).toBeGreaterThanOrEqual(3);
    // The alert just taken waits, NEW, at Los Angeles.
    expect(value(/^amparo_open_cases\{consulate="LAX",status="NEW"\} (\d+)/m)).toBeGreaterThanOrEqual(1);
    expect(value(/^amparo_oldest_untaken_case_age_seconds\{consulate="LAX"\} ([\d.e+-]+)/m)).toBeGreaterThanOrEqual(0);
    expect(text).toMatch(/^amparo_outbox_failures\{outbox="family_messages",channel="SMS"\} \d+/m);
    for (const name of [
      "amparo_job_queue_depth",
      "amparo_socket_connections",
      "amparo_metrics_scrape_errors_total",
      "amparo_process_cpu_seconds_total",
      "amparo_nodejs_eventloop_lag_seconds",
    ]) {
      expect(text).toContain(`# TYPE ${name} `);
    }
  });

  it("still answers with the process's own metrics while the database is away, and counts the failed read", async () => {
    const scrape = async () =>
      (await fetch(`${withToken}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })).text();
    const errors = (text: string) => Number(/^amparo_metrics_scrape_errors_total (\d+)/m.exec(text)?.[1]);
    const before = errors(await scrape());
    proxy.block();
    try {
      const text = await scrape();
      expect(errors(text)).toBe(before + 1);
      expect(text).not.toMatch(/^amparo_open_cases\{/m);
      expect(text).toMatch(/^amparo_process_cpu_seconds_total /m);
    } finally {
      proxy.unblock();
    }
  });
});
