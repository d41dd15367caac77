// Prometheus metrics (docs/operations.md), served at /metrics by
// lib/server/http/operations.ts. The intake's two are counted on its hot path
// (about a thousand alerts a second), so they are plain in-memory increments
// on pre-made children; everything about cases, jobs and outboxes is read from
// PostgreSQL at scrape time, from tables that are cheap to read (the status
// counters, not the cases). Kept on globalThis: Next's route bundles count
// the intake in their own module copy and must count into the same registry.
import client, { type Counter, type Gauge, type Histogram, type Registry } from "prom-client";
import { pool } from "@/lib/server/db";
import { errorMessage, log } from "@/lib/server/log";
import { localSocketCount } from "@/lib/server/realtime/publish";

type Metrics = {
  registry: Registry;
  intakeResults: Counter<"status">;
  intakeByStatus: Map<number, { inc: () => void }>;
  intakeLatency: Histogram;
  openCases: Gauge<"consulate" | "status">;
  oldestUntaken: Gauge<"consulate">;
  jobs: Gauge<"queue" | "state">;
  outboxFailures: Gauge<"outbox" | "channel">;
  scrapeErrors: Counter;
  readAuditFlushes: Counter<"result">;
  readAuditRows: Counter<"result">;
};

const holder = globalThis as unknown as { amparoMetrics?: Metrics };

const create = (): Metrics => {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry, prefix: "amparo_" });
  const registers = [registry];
  const metrics: Metrics = {
    registry,
    intakeResults: new client.Counter({
      name: "amparo_intake_results_total",
      help: "Relay intake requests answered, by HTTP status",
      labelNames: ["status"],
      registers,
    }),
    intakeByStatus: new Map(),
    intakeLatency: new client.Histogram({
      name: "amparo_intake_duration_seconds",
      help: "Time to answer a relay intake request, from its first byte read to its answer",
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers,
    }),
    openCases: new client.Gauge({
      name: "amparo_open_cases",
      help: "Open cases by consulate and status (from case_status_counts)",
      labelNames: ["consulate", "status"],
      registers,
    }),
    oldestUntaken: new client.Gauge({
      name: "amparo_oldest_untaken_case_age_seconds",
      help: "Age of the oldest case still NEW, per consulate (0 when none waits)",
      labelNames: ["consulate"],
      registers,
    }),
    jobs: new client.Gauge({
      name: "amparo_job_queue_depth",
      help: "Durable jobs waiting or running, by queue and state",
      labelNames: ["queue", "state"],
      registers,
    }),
    outboxFailures: new client.Gauge({
      name: "amparo_outbox_failures",
      help: "Outbox rows that gave up (FAILED): family SMS and staff notices by channel",
      labelNames: ["outbox", "channel"],
      registers,
    }),
    scrapeErrors: new client.Counter({
      name: "amparo_metrics_scrape_errors_total",
      help: "Scrapes whose database-backed gauges could not be read (they are left out of that scrape)",
      registers,
    }),
    readAuditFlushes: new client.Counter({
      name: "amparo_read_audit_flushes_total",
      help: "Multi-row INSERTs of read-audit rows (lib/audit/reads.ts), by result (ok, failed)",
      labelNames: ["result"],
      registers,
    }),
    readAuditRows: new client.Counter({
      name: "amparo_read_audit_rows_total",
      help: "Read-audit rows those INSERTs carried, by result (a failed row answered its read 503)",
      labelNames: ["result"],
      registers,
    }),
  };
  new client.Gauge({
    name: "amparo_socket_connections",
    help: "Signed-in Socket.IO connections held by this instance",
    registers,
    collect() {
      this.set(localSocketCount());
    },
  });
  return metrics;
};

const metrics = () => (holder.amparoMetrics ??= create());

/** Counts one answered intake request. Costs two map look-ups and two additions. */
export const countIntake = (status: number, startedAt: number) => {
  const m = metrics();
  let child = m.intakeByStatus.get(status);
  if (!child) m.intakeByStatus.set(status, (child = m.intakeResults.labels(String(status))));
  child.inc();
  m.intakeLatency.observe((performance.now() - startedAt) / 1000);
};

/** Counts one group commit of the read audit and the rows it carried. */
export const countReadAuditFlush = (rows: number, ok: boolean) => {
  const m = metrics();
  const result = ok ? "ok" : "failed";
  m.readAuditFlushes.inc({ result });
  m.readAuditRows.inc({ result }, rows);
};

/** The read audit's counters so far (tests compare them before and after). */
export const readAuditCounts = async () => {
  const m = metrics();
  const value = async (counter: Counter<"result">, result: string) =>
    (await counter.get()).values.find((v) => v.labels.result === result)?.value ?? 0;
  return {
    flushes: await value(m.readAuditFlushes, "ok"),
    rows: await value(m.readAuditRows, "ok"),
    failedFlushes: await value(m.readAuditFlushes, "failed"),
  };
};

const OPEN_CASES = `
  SELECT c."code", s."status"::text AS "status", SUM(s."n")::float8 AS "n"
  FROM "case_status_counts" s JOIN "consulates" c ON c."id" = s."consulate_id"
  WHERE s."status" NOT IN ('CLOSED', 'NOT_DETAINED', 'RESCINDED')
  GROUP BY 1, 2`;
// One index probe per consulate and priority (cases_consulate_id_status_priority_alert_at_idx).
const OLDEST_UNTAKEN = `
  SELECT c."code", COALESCE(EXTRACT(EPOCH FROM now() - o."oldest"), 0)::float8 AS "age"
  FROM "consulates" c
  CROSS JOIN LATERAL (SELECT min(k."alert_at") AS "oldest" FROM "cases" k WHERE k."consulate_id" = c."id" AND k."status" = 'NEW') o`;
const JOBS = `
  SELECT "queue", "state"::text AS "state", count(*)::float8 AS "n" FROM "jobs"
  WHERE "state" IN ('PENDING', 'RUNNING') GROUP BY 1, 2`;
const OUTBOX_FAILURES = `
  SELECT 'family_messages' AS "outbox", 'SMS' AS "channel", count(*)::float8 AS "n" FROM "family_messages" WHERE "status" = 'FAILED'
  UNION ALL
  SELECT 'staff_notices', "channel"::text, count(*)::float8 FROM "staff_notices" WHERE "status" = 'FAILED' GROUP BY 2`;

const SCRAPE_TIMEOUT_MS = 3_000;

const withTimeout = <T>(promise: Promise<T>, ms: number) => {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
};

const readDatabaseGauges = async (m: Metrics) => {
  const db = pool();
  const [open, oldest, jobs, failures] = await withTimeout(
    Promise.all([
      db.query<{ code: string; status: string; n: number }>(OPEN_CASES),
      db.query<{ code: string; age: number }>(OLDEST_UNTAKEN),
      db.query<{ queue: string; state: string; n: number }>(JOBS),
      db.query<{ outbox: string; channel: string; n: number }>(OUTBOX_FAILURES),
    ]),
    SCRAPE_TIMEOUT_MS,
  );
  // Reset first: a consulate or queue that emptied must not keep its last value.
  for (const gauge of [m.openCases, m.oldestUntaken, m.jobs, m.outboxFailures]) gauge.reset();
  for (const row of open.rows) m.openCases.set({ consulate: row.code, status: row.status }, row.n);
  for (const row of oldest.rows) m.oldestUntaken.set({ consulate: row.code }, Math.max(0, row.age));
  for (const row of jobs.rows) m.jobs.set({ queue: row.queue, state: row.state }, row.n);
  for (const row of failures.rows) m.outboxFailures.set({ outbox: row.outbox, channel: row.channel }, row.n);
};

/** The scrape's text and content type. The process's own metrics answer even while the database does not. */
export const renderMetrics = async (): Promise<{ contentType: string; text: string }> => {
  const m = metrics();
  await readDatabaseGauges(m).catch((error: unknown) => {
    m.scrapeErrors.inc();
    for (const gauge of [m.openCases, m.oldestUntaken, m.jobs, m.outboxFailures]) gauge.reset();
    log("metrics").warn({ error: errorMessage(error) }, "database gauges not read");
  });
  return { contentType: m.registry.contentType, text: await m.registry.metrics() };
};
