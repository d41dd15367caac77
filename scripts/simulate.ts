// npm run simulate -- --rate 20 --duration 30: plays the relay. Sends signed,
// realistic alerts to a running Amparo (docs/alert-api.md) and prints
// what came back. Only ever talks to --url; stops by itself.
import { randomInt } from "node:crypto";
import { setMaxListeners } from "node:events";
import { parseArgs } from "node:util";
import { createFaker } from "../lib/alerts/testing/fake";
import type { LatLng } from "../lib/geo/distance";
import { alertEventSchema } from "../lib/alerts/schema";
import { signBody } from "../lib/server/http/relay-signature";
import { createSimulation, type Step } from "../lib/alerts/testing/simulation";

// The same port the server takes (PORT, else 3000), so `PORT=3100 npm run demo`
// and `PORT=3100 npm run simulate` find each other.
const DEFAULT_URL = `http://localhost:${process.env.PORT || 3000}`;

const USAGE = `Usage: npm run simulate -- [options]

  --url <url>          Amparo base URL (default ${DEFAULT_URL}, from PORT)
  --rate <n>           events per second (default 5, at most 500)
  --duration <s>       seconds to send for (default 10, at most 3600)
  --count <n>          send exactly n new panics (one per person), then stop; ignores --duration
  --near <lat,lng>     every alert around one point, e.g. a raid: --near 34.05,-118.24
  --seed <n>           reproduce the same people (default random, printed)
  --key <id>           relay key id (default demo-relay)
  --secret <secret>    relay secret (default $AMPARO_RELAY_SECRET, else demo-relay-secret)
  --quiet              only the summary
  --help`;

const MAX_TRIES = 5;
const MAX_IN_FLIGHT = 64;
const REQUEST_TIMEOUT_MS = 10_000;
// A server asking for a long pause would otherwise keep the run alive for minutes.
const MAX_RETRY_AFTER_S = 30;
// A server that went away mid-run: retrying every event five times would only
// add noise and minutes.
const MAX_NETWORK_ERRORS_IN_A_ROW = 20;

const fail = (message: string): never => {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
};

const parseOptions = () => {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        url: { type: "string", default: DEFAULT_URL },
        rate: { type: "string", default: "5" },
        duration: { type: "string", default: "10" },
        count: { type: "string" },
        near: { type: "string" },
        seed: { type: "string" },
        key: { type: "string", default: "demo-relay" },
        secret: { type: "string" },
        quiet: { type: "boolean", short: "q", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    }));
  } catch (error) {
    return fail((error as Error).message);
  }
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const number = (name: string, raw: string, min: number, max: number, integer = false) => {
    const n = Number(raw);
    if (!Number.isFinite(n) || n < min || n > max || (integer && !Number.isInteger(n))) {
      fail(`--${name} must be ${integer ? "a whole number" : "a number"} from ${min} to ${max}, got "${raw}"`);
    }
    return n;
  };
  let url: URL;
  try {
    url = new URL(values.url);
  } catch {
    return fail(`--url is not a URL: "${values.url}"`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") fail("--url must be http:// or https://");
  let near: LatLng | undefined;
  if (values.near !== undefined) {
    const [lat, lng, extra] = values.near.split(",");
    if (extra !== undefined || lng === undefined) fail(`--near must be <lat,lng>, got "${values.near}"`);
    near = { lat: number("near lat", lat, -90, 90), lng: number("near lng", lng, -180, 180) };
  }
  return {
    base: url.origin,
    port: url.port || (url.protocol === "https:" ? "443" : "80"),
    endpoint: new URL("/api/v1/alerts", url),
    rate: number("rate", values.rate, 0.1, 500),
    duration: number("duration", values.duration, 0.1, 3600),
    count: values.count === undefined ? undefined : number("count", values.count, 1, 100_000, true),
    near,
    seed: values.seed === undefined ? randomInt(2 ** 31) : number("seed", values.seed, 0, 2 ** 32 - 1, true),
    key: values.key,
    secret: values.secret ?? process.env.AMPARO_RELAY_SECRET ?? "demo-relay-secret",
    quiet: values.quiet,
  };
};

const options = parseOptions();
const startedAt = performance.now();
const stop = new AbortController();
// Every request in flight and every pending back-off listens for a stop.
setMaxListeners(MAX_IN_FLIGHT * 3, stop.signal);
const stats = {
  events: 0,
  requests: 0,
  responses: 0,
  byStatus: new Map<number, number>(),
  byResult: new Map<string, number>(),
  networkErrors: 0,
  networkErrorsInARow: 0,
  serverErrors: 0,
  unexpected: 0,
  latencies: [] as number[],
  unreachable: false,
  lost: false,
  interrupted: false,
};
// eventId -> final status, to know whether a retry must come back "duplicate".
const outcome = new Map<string, number>();

const bump = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);
const sleep = (ms: number) =>
  new Promise<void>((resolve) => {
    if (ms <= 0 || stop.signal.aborted) return resolve();
    const wake = () => {
      clearTimeout(timer);
      stop.signal.removeEventListener("abort", wake);
      resolve();
    };
    const timer = setTimeout(wake, ms);
    stop.signal.addEventListener("abort", wake);
  });

const label = ({ kind, event }: Step) => {
  if (kind === "retry") return `retry/${event.type}`;
  if (kind === "repeat") return "panic/again";
  if (event.type === "cancel" && event.duress) return "cancel/duress";
  return event.type;
};

const log = (line: string) => {
  if (!options.quiet) console.log(`${((performance.now() - startedAt) / 1000).toFixed(2).padStart(7)}s  ${line}`);
};

const retryAfterMs = (res: Response) => {
  const header = res.headers.get("retry-after") ?? "";
  const seconds = /^\d+$/.test(header) ? Number(header) : (Date.parse(header) - Date.now()) / 1000;
  return Math.min(MAX_RETRY_AFTER_S, Number.isFinite(seconds) && seconds > 0 ? seconds : 1) * 1000;
};

const networkCode = (error: unknown) =>
  (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name ?? "error";

const send = async (step: Step) => {
  stats.events++;
  const before = outcome.get(step.event.eventId);
  const wasAccepted = before !== undefined && before >= 200 && before < 300;
  for (let attempt = 1; attempt <= MAX_TRIES && !stop.signal.aborted; attempt++) {
    const tag = `${label(step)}${attempt > 1 ? ` #${attempt}` : ""}`.padEnd(17);
    const sentAt = performance.now();
    stats.requests++;
    let res: Response;
    let text: string;
    try {
      res = await fetch(options.endpoint, {
        method: "POST",
        headers: {
          "Content-Type": "application/json",
          "X-Alert-Key": options.key,
          // Signed anew on every try: a retry may come minutes later.
          "X-Alert-Signature": signBody({ secret: options.secret, body: step.body }),
        },
        body: step.body,
        redirect: "manual",
        signal: AbortSignal.any([stop.signal, AbortSignal.timeout(REQUEST_TIMEOUT_MS)]),
      });
      text = await res.text();
    } catch (error) {
      if (stop.signal.aborted) return;
      const code = networkCode(error);
      stats.networkErrors++;
      if (stats.responses === 0 && ["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH"].includes(code)) {
        stats.unreachable = true;
        stop.abort();
        return;
      }
      log(`ERR  ${tag}  ${code}`);
      if (++stats.networkErrorsInARow >= MAX_NETWORK_ERRORS_IN_A_ROW) {
        stats.lost = true;
        stop.abort();
      }
      if (attempt < MAX_TRIES) await sleep(250 * 2 ** attempt);
      continue;
    }
    const latency = performance.now() - sentAt;
    stats.responses++;
    stats.networkErrorsInARow = 0;
    stats.latencies.push(latency);
    bump(stats.byStatus, res.status);
    if (res.status >= 500) stats.serverErrors++;
    let json: { result?: string; caseId?: string; error?: string } = {};
    try {
      json = JSON.parse(text);
    } catch {
      // Not JSON (a proxy's error page): the status says enough.
    }
    const retryable = res.status === 429 || res.status === 503 || json.error === "unknown_alert";
    const last = !retryable || attempt === MAX_TRIES;
    const surprise = last && step.kind === "retry" && wasAccepted && json.result !== "duplicate";
    if (surprise) stats.unexpected++;
    const what = (json.result ?? json.error ?? text.slice(0, 40).replace(/\s+/g, " ")) || "-";
    const caseId = json.caseId ? `case ${json.caseId}` : "";
    log(
      `${res.status}  ${tag}  ${what.padEnd(12)}  ${caseId.padEnd(14)}  alert ${step.event.alertId.slice(0, 8)}` +
        `  ${latency.toFixed(0)} ms${surprise ? "  <- expected duplicate" : ""}`,
    );
    if (last) {
      outcome.set(step.event.eventId, res.status);
      if (json.result && res.status < 300) bump(stats.byResult, json.result);
      return;
    }
    await sleep(res.status === 404 ? 250 * 2 ** attempt : retryAfterMs(res));
  }
};

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN;

const printSummary = () => {
  const sorted = [...stats.latencies].sort((a, b) => a - b);
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
  const { networkErrors, serverErrors } = stats;
  const rows: [string, string][] = [
    ["events sent", `${stats.events}  (${stats.requests} requests in ${seconds} s)`],
    ...[...stats.byStatus].sort(([a], [b]) => a - b).map(([s, n]): [string, string] => [`status ${s}`, `${n}`]),
    ...["created", "appended", "duplicate"].map((r): [string, string] => [
      `result ${r}`,
      `${stats.byResult.get(r) ?? 0}`,
    ]),
    ["errors", `${networkErrors + serverErrors}  (network ${networkErrors}, 5xx ${serverErrors})`],
    ["unexpected", `${stats.unexpected}  (retries of accepted events not answered "duplicate")`],
    ["latency p50", sorted.length ? `${percentile(sorted, 50).toFixed(0)} ms` : "-"],
    ["latency p95", sorted.length ? `${percentile(sorted, 95).toFixed(0)} ms` : "-"],
  ];
  console.log(`\n${rows.map(([k, v]) => `  ${k.padEnd(18)}${v}`).join("\n")}`);
  if (stats.byStatus.has(401)) {
    console.log("\n  401: check --key and --secret (demo mode seeds demo-relay / demo-relay-secret).");
  }
};

const main = async () => {
  process.once("SIGINT", () => {
    stats.interrupted = true;
    stop.abort();
  });
  const { seed, near, count, rate, duration } = options;
  const simulation = createSimulation({ faker: createFaker(seed), near, panicsOnly: count !== undefined });
  const what = count ? `${count} panics` : `~${Math.round(rate * duration)} events over ${duration} s`;
  console.log(`Sending ${what} at ${rate}/s to ${options.endpoint} (key ${options.key}, seed ${seed})`);

  const intervalMs = 1000 / rate;
  const endAt = startedAt + duration * 1000;
  const inFlight = new Set<Promise<void>>();
  for (let i = 0; !stop.signal.aborted; i++) {
    if (count ? i >= count : performance.now() >= endAt) break;
    const step = simulation.next();
    // A bug in the fakes should fail here, loudly, not as a 400 from the server.
    if (step.kind !== "retry") alertEventSchema.parse(step.event);
    const request: Promise<void> = send(step).finally(() => inFlight.delete(request));
    inFlight.add(request);
    if (inFlight.size >= MAX_IN_FLIGHT) await Promise.race(inFlight);
    await sleep(Math.max(0, startedAt + (i + 1) * intervalMs - performance.now()));
  }
  await Promise.all(inFlight);

  // exitCode rather than exit(): on some platforms a piped stdout is flushed asynchronously.
  if (stats.unreachable) {
    console.error(
      `\nNo Amparo server answers at ${options.base}. If one runs elsewhere, pass --url (or the PORT it listens on); ` +
        `to start one here: \`PORT=${options.port} npm run demo\`.`,
    );
    process.exitCode = 1;
    return;
  }
  if (stats.lost) {
    const inARow = `${MAX_NETWORK_ERRORS_IN_A_ROW} network errors in a row`;
    console.error(`\nAmparo at ${options.base} stopped answering (${inARow}).`);
  }
  printSummary();
  process.exitCode = stats.interrupted ? 130 : stats.networkErrors > 0 || stats.serverErrors > 0 ? 1 : 0;
};

await main();
