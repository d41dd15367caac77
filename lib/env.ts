// Environment, validated with zod on first use. server.ts calls
// prepareEnvironment() (lib/server/bootstrap.ts) before anything reads it, so
// that a fresh clone gets an embedded database and generated dev secrets.
import { z } from "zod";

const schema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z.string().url({ message: "DATABASE_URL must be a postgresql:// URL" }),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters"),
  AMPARO_SECRET_KEY: z
    .string()
    .regex(/^[0-9a-f]{64}$/i, "AMPARO_SECRET_KEY must be 64 hex characters (32 bytes)"),
  // Key-encryption keys of personal data (docs/privacy.md): "id:<64 hex>"
  // pairs, comma-separated, the first one current (it wraps new data keys),
  // the others kept only to unwrap until `npm run keys -- rewrap` has moved
  // every data key to the current one. Unset: one key, "s0", derived from
  // AMPARO_SECRET_KEY.
  AMPARO_DATA_KEYS: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z
      .string()
      .regex(
        /^[a-z0-9]{1,16}:[0-9a-f]{64}(,[a-z0-9]{1,16}:[0-9a-f]{64})*$/i,
        "AMPARO_DATA_KEYS must be id:<64 hex> pairs separated by commas, the current key first",
      )
      .optional(),
  ),
  AMPARO_DEMO: z
    .enum(["0", "1", "true", "false"])
    .default("0")
    .transform((v) => v === "1" || v === "true"),
  // Two factors (docs/security.md): "1", every staff member must enrol an
  // authenticator app before they reach anything but the enrolment page.
  AMPARO_REQUIRE_2FA: z
    .enum(["0", "1", "true", "false"])
    .default("0")
    .transform((v) => v === "1" || v === "true"),
  RELAY_RATE_PER_SECOND: z.coerce.number().positive().default(50),
  RELAY_RATE_BURST: z.coerce.number().int().positive().default(200),
  // How many proxies in front of the instances append to X-Forwarded-For
  // (1 behind one balancer). 0: the client is the TCP peer and the header is
  // ignored, since anyone can send it (lib/server/http/client-address.ts).
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  // Scale-out (docs/scaling.md): with a Redis every instance shares rate
  // limits, live events, presence and revocations; without one, a single
  // instance keeps all of that in its own memory.
  REDIS_URL: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.string().regex(/^rediss?:\/\/\S+$/, "REDIS_URL must be a redis:// or rediss:// URL").optional(),
  ),
  // Pub/sub channels ignore Redis's database index: deployments (or test
  // runs) that share one Redis stay apart only by this prefix.
  REDIS_PREFIX: z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/, "REDIS_PREFIX: letters, digits, _ . - (at most 64)").default("amparo"),
  // Family updates: "log" writes each SMS to the server log, censored, and
  // sends nothing (development, tests, the demo; refused with
  // NODE_ENV=production otherwise, where a family would never be told);
  // "twilio" sends through Twilio's REST API (or a compatible one).
  SMS_TRANSPORT: z.enum(["log", "twilio"]).default("log"),
  SMS_API_BASE_URL: z.string().url().default("https://api.twilio.com"),
  SMS_ACCOUNT_SID: z.string().optional(),
  SMS_AUTH_TOKEN: z.string().optional(),
  SMS_FROM: z.string().optional(),
  // Staff notices outside the browser (lib/notices). E-mail goes to this SMTP
  // server (smtp://user:pass@host:587, smtps://...); without one, development
  // and tests print a line without personal data, and production sends none.
  SMTP_URL: z.preprocess((v) => (v === "" ? undefined : v), z.string().regex(/^smtps?:\/\/\S+$/, "SMTP_URL must be an smtp:// or smtps:// URL").optional()),
  SMTP_FROM: z.string().default("Amparo <avisos@amparo.invalid>"),
  // Web Push (npm run vapid-keys makes a pair). Without both keys push is off
  // and the profile screen offers no opt-in.
  VAPID_PUBLIC_KEY: z.preprocess((v) => (v === "" ? undefined : v), z.string().regex(/^[A-Za-z0-9_-]{80,100}$/, "VAPID_PUBLIC_KEY must be a base64url P-256 public key").optional()),
  VAPID_PRIVATE_KEY: z.preprocess((v) => (v === "" ? undefined : v), z.string().regex(/^[A-Za-z0-9_-]{40,50}$/, "VAPID_PRIVATE_KEY must be a base64url P-256 private key").optional()),
  VAPID_SUBJECT: z.string().regex(/^(mailto:|https:\/\/)\S+$/, "VAPID_SUBJECT must be a mailto: or https:// address").default("mailto:avisos@amparo.invalid"),
  // An optional street basemap (docs/basemap.md): a PMTiles archive on this
  // server's disk. Checked at start (lib/map/basemap-archive.ts): a path that
  // does not hold one is logged, and the map keeps its own basemap.
  AMPARO_BASEMAP_PMTILES: z.preprocess((v) => (v === "" ? undefined : v), z.string().optional()),
  // Operations (docs/operations.md). With METRICS_TOKEN, /metrics answers
  // only "Authorization: Bearer <token>"; without one, only loopback requests
  // that no proxy forwarded.
  METRICS_TOKEN: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.string().min(24, "METRICS_TOKEN must be at least 24 characters").regex(/^[\x21-\x7e]+$/, "METRICS_TOKEN: printable characters, no spaces").optional(),
  ),
  // How long a shutdown waits for requests in flight before closing their connections.
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(120_000).default(10_000),
  // pino's levels; lib/server/log.ts reads it itself (it logs before this is validated), this only refuses a typo.
  LOG_LEVEL: z.preprocess((v) => (v === "" ? undefined : v), z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).optional()),
}).superRefine((value, ctx) => {
  if (Boolean(value.VAPID_PUBLIC_KEY) !== Boolean(value.VAPID_PRIVATE_KEY)) {
    ctx.addIssue({ code: "custom", path: ["VAPID_PRIVATE_KEY"], message: "VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY go together" });
  }
  // The demo (AMPARO_DEMO=1: fictional people, and Next's production build sets
  // NODE_ENV=production inside its bundles) keeps the log transport.
  if (value.NODE_ENV === "production" && value.SMS_TRANSPORT === "log" && !value.AMPARO_DEMO) {
    ctx.addIssue({
      code: "custom",
      path: ["SMS_TRANSPORT"],
      message: "SMS_TRANSPORT=log (the default) sends no family message: refused with NODE_ENV=production; set SMS_TRANSPORT=twilio and its SMS_* settings",
    });
  }
  if (value.SMS_TRANSPORT !== "twilio") return;
  for (const key of ["SMS_ACCOUNT_SID", "SMS_AUTH_TOKEN", "SMS_FROM"] as const) {
    if (!value[key]) ctx.addIssue({ code: "custom", path: [key], message: `${key} is required with SMS_TRANSPORT=twilio` });
  }
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

/** What the schema makes of an environment (its issues, or the settings); env() reads process.env once. */
export const checkEnvironment = (source: Record<string, string | undefined>) => schema.safeParse(source);

export const env = (): Env => {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  cached = parsed.data;
  return cached;
};
