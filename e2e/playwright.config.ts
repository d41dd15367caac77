// Playwright in Debian's Chromium (no browser download here) against the
// production build, on a database of its own (scripts/e2e-server.ts).
import { defineConfig } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3005);
export const baseURL = `http://127.0.0.1:${port}`;
// A second production instance on the same database and Redis, for
// e2e/scale-out.spec.ts, and with a street basemap for e2e/map.spec.ts's test of it. Every spec runs with Redis shared, as in production;
// one instance without Redis is what the integration suite covers.
export const secondURL = `http://127.0.0.1:${port + 1}`;
// Pub/sub channels ignore the database index: the run's own prefix keeps
// parallel runs on one Redis apart (set here, so the workers inherit it).
process.env.E2E_REDIS_PREFIX ??= `amparo-e2e-${process.pid}`;
const shared = {
  REDIS_URL: process.env.E2E_REDIS_URL ?? "redis://127.0.0.1:6379/5",
  REDIS_PREFIX: process.env.E2E_REDIS_PREFIX,
};
const server = "npx tsx --import ./scripts/server-only-hook.mjs scripts/e2e-server.ts";

export default defineConfig({
  testDir: ".",
  // The maps draw in software WebGL, which takes every core it can: they run
  // after the other specs, so that their load never times the desk's specs out.
  projects: [
    { name: "desk", testMatch: "**/*.spec.ts", testIgnore: ["**/map.spec.ts", "**/raid.spec.ts"] },
    { name: "map", testMatch: ["**/map.spec.ts", "**/raid.spec.ts"], dependencies: ["desk"] },
  ],
  outputDir: "../test-results",
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  // A whole path through a case is many steps, on two CPUs shared with the server and the browser.
  timeout: 60_000,
  expect: { timeout: 5_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  globalSetup: "./global-setup.ts",
  use: {
    baseURL,
    locale: "es-MX",
    timezoneId: "America/Los_Angeles",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      // Without these Chromium tries to reach Google's hosts, which this network refuses.
      args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  // Started one after the other: the second joins the database the first prepared.
  webServer: [
    {
      command: server,
      cwd: "..",
      url: `${baseURL}/sign-in`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "pipe",
      stderr: "pipe",
      env: { E2E_PORT: String(port), ...shared },
    },
    {
      command: server,
      cwd: "..",
      url: `${secondURL}/sign-in`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "pipe",
      stderr: "pipe",
      env: { E2E_PORT: String(port + 1), E2E_JOIN: "1", ...shared },
    },
  ],
});
