// npm test: every suite, fastest first: types, lint, unit, integration (the real
// PostgreSQL), end to end (the production build in Chromium). Ends with one
// line that counts every test: "tests: N passed, N failed". Needs PostgreSQL
// and Redis (TEST_DATABASE_URL, TEST_REDIS_URL) and says what to start if not.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { TEST_DATABASE_URL, withDatabaseName } from "@/lib/server/testing/database";
import { redisProblem } from "@/lib/server/testing/redis";

const REPORTS = path.resolve(".data/test-reports");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const fail = (message: string): never => {
  console.error(`\n✗ ${message}\n`);
  process.exit(1);
};

const checkPostgres = async () => {
  const client = new pg.Client({ connectionString: withDatabaseName(TEST_DATABASE_URL, "postgres"), connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.end();
  } catch {
    const { hostname, port } = new URL(TEST_DATABASE_URL);
    fail(
      `PostgreSQL is not answering at ${hostname}:${port || 5432}; the integration and end-to-end suites need it.\n` +
        `  Start it:  pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start\n` +
        `  or point TEST_DATABASE_URL at a server where the user may create databases.`,
    );
  }
};

// The scale-out tests (two instances, one Redis) and every end-to-end spec need Redis.
const checkRedis = async () => {
  const problem = await redisProblem();
  if (problem) fail(problem);
};

const run = (title: string, command: string, args: string[]) => {
  console.log(`\n▶ ${title}: ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, FORCE_COLOR: "1" } });
  return result.status === 0;
};

type Counts = { passed: number; failed: number };

const vitestCounts = (file: string): Counts => {
  if (!existsSync(file)) return { passed: 0, failed: 1 };
  const report = JSON.parse(readFileSync(file, "utf8"));
  return { passed: report.numPassedTests, failed: report.numFailedTests + (report.numRuntimeErrors ?? 0) };
};

const playwrightCounts = (file: string): Counts => {
  if (!existsSync(file)) return { passed: 0, failed: 1 };
  const { stats } = JSON.parse(readFileSync(file, "utf8"));
  return { passed: stats.expected + stats.flaky, failed: stats.unexpected };
};

const main = async () => {
  rmSync(REPORTS, { recursive: true, force: true });
  mkdirSync(REPORTS, { recursive: true });
  await checkPostgres();
  await checkRedis();
  if (!existsSync(CHROMIUM)) fail(`Chromium is not at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH).`);

  const vitest = (project: string) =>
    run(`${project} tests`, "npx", [
      "vitest", "run", "--config", "scripts/vitest.config.ts", "--project", project,
      "--reporter=default", "--reporter=json", `--outputFile.json=${REPORTS}/${project}.json`,
    ]);

  const steps: [string, boolean][] = [];
  steps.push(["types", run("type check", "npx", ["tsc", "--noEmit"])]);
  steps.push(["lint", run("lint (docs/CONTRIBUTING.md has the rules)", "npm", ["run", "--silent", "lint"])]);
  steps.push(["unit", vitest("unit")]);
  steps.push(["integration", vitest("integration")]);
  const built = run("production build", "npm", ["run", "build"]);
  steps.push(["build", built]);
  if (built) {
    process.env.PLAYWRIGHT_JSON_OUTPUT_NAME = `${REPORTS}/e2e.json`;
    steps.push(["e2e", run("end-to-end tests", "npx", ["playwright", "test", "-c", "e2e/playwright.config.ts", "--reporter=list,json"])]);
  }

  const counts = [vitestCounts(`${REPORTS}/unit.json`), vitestCounts(`${REPORTS}/integration.json`)];
  if (built) counts.push(playwrightCounts(`${REPORTS}/e2e.json`));
  const total = counts.reduce((a, c) => ({ passed: a.passed + c.passed, failed: a.failed + c.failed }), { passed: 0, failed: 0 });

  console.log("\nSummary");
  for (const [name, ok] of steps) console.log(`  ${ok ? "✓" : "✗"} ${name}`);
  console.log(`tests: ${total.passed} passed, ${total.failed} failed`);
  process.exit(steps.every(([, ok]) => ok) ? 0 : 1);
};

void main();
