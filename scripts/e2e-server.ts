// The servers the Playwright suite runs against: a fresh database (migrated,
// seeded with the network and the demo accounts), then the production build.
// With E2E_JOIN=1 it starts another instance on the database that the first
// prepared (the scale-out specs: two instances, one Redis), and touches no data.
// That second instance also serves a street basemap (docs/basemap.md) from a
// small archive built here, for the map spec's test of it; the first keeps the
// map as it is without one, which every other spec sees.
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { recreateDatabase, withDatabaseName, TEST_DATABASE_URL } from "@/lib/server/testing/database";
import { migrate } from "@/lib/server/migrate";

const databaseUrl = process.env.E2E_DATABASE_URL ?? withDatabaseName(TEST_DATABASE_URL, "amparo_e2e");
const port = process.env.E2E_PORT ?? "3005";
const joining = process.env.E2E_JOIN === "1";

const prepareDatabase = async () => {
  await recreateDatabase(databaseUrl);
  await migrate({ databaseUrl });
  const { seed } = await import("@/prisma/seed/seed");
  await seed({ demo: true, log: () => undefined });
  const { disconnectDb } = await import("@/lib/server/db");
  await disconnectDb();
};

const main = async () => {
  process.env.DATABASE_URL = databaseUrl;
  process.env.NEXTAUTH_SECRET ??= "e2e-nextauth-secret-0123456789abcdefghij";
  process.env.AMPARO_SECRET_KEY ??= "0".repeat(64);
  if (!joining) await prepareDatabase();
  // Set either way: a variable in the shell that runs the suite must not reach the first instance.
  let basemap = "";
  if (joining) {
    const { buildStreetArchive } = await import("@/lib/map/testing/street-archive");
    basemap = path.join(tmpdir(), `amparo-e2e-${port}-streets.pmtiles`);
    writeFileSync(basemap, buildStreetArchive());
  }

  // Family updates go out through the Twilio transport to a provider of this process's own.
  const { startFakeSmsProvider } = await import("@/lib/family/testing/fake-sms-provider");
  const sms = await startFakeSmsProvider();
  const server = spawn("node", ["dist/server.js"], {
    stdio: "inherit",
    env: { ...process.env, ...sms.env, NODE_ENV: "production", PORT: port, HOST: "127.0.0.1", AMPARO_DEMO: "0", AMPARO_BASEMAP_PMTILES: basemap },
  });
  const stop = () => server.kill("SIGTERM");
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  server.on("exit", (code) => process.exit(code ?? 0));
};

main().catch((error) => {
  console.error(`[e2e-server] ${(error as Error).message}`);
  process.exit(1);
});
