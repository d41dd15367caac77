// What the benchmarks share: signed relay requests, and child processes that
// are started and stopped by their own pid (never by name).
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { panicEvent } from "@/lib/alerts/testing/panic";
import { signBody } from "@/lib/server/http/relay-signature";

/** The demo relay key the seed creates (never in production). */
export const DEMO_KEY = { id: "demo-relay", secret: "demo-relay-secret" };

const NAMES = ["María Guadalupe Hernández Ruiz", "José Luis Martínez Peña", "Ana Sofía Ramírez Núñez", "Juan Carlos Gómez Ávila"];

/**
 * A new panic of a new person, somewhere in Los Angeles County: the tests'
 * panic with a smaller person and no device, the body the measured figures were taken with.
 */
export const benchPanicBody = (fullName = NAMES[Math.floor(Math.random() * NAMES.length)]) => {
  const now = new Date().toISOString();
  return JSON.stringify(
    panicEvent({
      occurredAt: now,
      person: {
        appUserId: `bench_${randomBytes(8).toString("hex")}`,
        fullName,
        phone: "+13235550147",
        preferredLanguage: "es",
        registeredConsulate: "LAX",
      },
      location: { lat: 34.0 + Math.random() * 0.1, lng: -118.3 + Math.random() * 0.1, accuracyM: 35, capturedAt: now },
      device: undefined,
    }),
  );
};

export const signedHeaders = (key: { id: string; secret: string }, body: string) => ({
  "content-type": "application/json",
  "x-alert-key": key.id,
  "x-alert-signature": signBody({ secret: key.secret, body }),
});

/** Starts one process (its output goes to ours, prefixed by nothing) and keeps its pid. */
export const startProcess = (command: string, args: string[], env: Record<string, string>): ChildProcess =>
  spawn(command, args, { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, ...env } });

/** Stops the process we started, by its pid; SIGKILL if it has not exited after 10 s. */
export const stopProcess = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const force = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    child.kill("SIGTERM");
  });

/** Waits until `url` answers (2xx, or anything with anyStatus), for at most a minute. */
export const waitFor = async (url: string, what: string, { anyStatus = false } = {}) => {
  for (let i = 0; i < 120; i++) {
    const ok = await fetch(url).then((r) => anyStatus || r.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${what} did not answer on ${url}`);
};

/** Signs a demo account in through next-auth's own endpoints; returns its Cookie header. */
export const signIn = async (baseUrl: string, email: string, password = "amparo-demo") => {
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const eq = pair.indexOf("=");
      jar.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const callback = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookie() },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  keep(callback);
  if (![...jar.keys()].some((name) => name.includes("session-token"))) throw new Error(`could not sign ${email} in`);
  return cookie();
};

export const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** Creates, migrates and seeds (network, demo accounts, demo relay key) a scratch database. */
export const prepareBenchDatabase = async (databaseUrl: string) => {
  const { recreateDatabase } = await import("@/lib/server/testing/database");
  const { migrate } = await import("@/lib/server/migrate");
  await recreateDatabase(databaseUrl);
  await migrate({ databaseUrl });
  process.env.DATABASE_URL = databaseUrl;
  process.env.NEXTAUTH_SECRET ??= "bench-nextauth-secret-0123456789abcdefghij";
  process.env.AMPARO_SECRET_KEY ??= "0".repeat(64);
  const { seed } = await import("@/prisma/seed/seed");
  await seed({ demo: true, log: () => undefined });
  const { disconnectDb } = await import("@/lib/server/db");
  await disconnectDb();
};

/** Production refuses the log transport (lib/env.ts); the benchmarks send no family update, so no provider listens here. */
export const BENCH_SMS_ENV = {
  SMS_TRANSPORT: "twilio",
  SMS_API_BASE_URL: "http://127.0.0.1:9",
  SMS_ACCOUNT_SID: "ACbench",
  SMS_AUTH_TOKEN: "bench",
  SMS_FROM: "+15550100000",
};

/** The environment a production server needs for a benchmark, the relay's rate limit lifted. */
export const benchServerEnv = (databaseUrl: string, port: number | string) => ({
  DATABASE_URL: databaseUrl,
  NODE_ENV: "production",
  HOST: "127.0.0.1",
  PORT: String(port),
  NEXTAUTH_URL: `http://127.0.0.1:${port}`,
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "bench-nextauth-secret-0123456789abcdefghij",
  AMPARO_SECRET_KEY: process.env.AMPARO_SECRET_KEY ?? "0".repeat(64),
  AMPARO_DEMO: "0",
  RELAY_RATE_PER_SECOND: "100000",
  RELAY_RATE_BURST: "100000",
  ...BENCH_SMS_ENV,
});
