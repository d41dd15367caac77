// The process's one logger: JSON lines (pino) on stdout, one child per area
// ({"area":"intake",...}). The people in these cases are vulnerable, so every
// field that can hold personal data is censored by name, at the top level and
// one level down, whatever the caller passed: a log line is read by more
// people, and kept longer, than a case. Kept on globalThis, like the database
// client, because Next's route bundles run their own copy of this module.
import pino, { type DestinationStream, type Logger } from "pino";

/** Field names whose values never reach a log line (docs/operations.md). */
export const REDACTED_FIELDS = [
  "name", "fullName", "firstName", "lastName", "phone", "phones", "to", "curp", "aNumber", "birthDate", "email",
  "lat", "lng", "location", "address", "body", "message", "password", "token", "secret", "contactName",
] as const;

export const REDACT_PATHS = REDACTED_FIELDS.flatMap((field) => [field, `*.${field}`]);
export const CENSOR = "[redacted]";

const LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
type Level = (typeof LEVELS)[number];

// Read here rather than through lib/env: logging must work before (and while)
// the environment is validated, to say what is wrong with it.
const levelFromEnv = (): Level => {
  const wanted = process.env.LOG_LEVEL;
  if (wanted && (LEVELS as readonly string[]).includes(wanted)) return wanted as Level;
  return process.env.NODE_ENV === "test" ? "warn" : "info";
};

export const createLogger = (destination?: DestinationStream, level: Level = levelFromEnv()): Logger =>
  pino(
    {
      level,
      base: { service: "amparo" },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACT_PATHS, censor: CENSOR },
      // An Error's own message may quote input; only its class and message, never its stack's locals.
      serializers: { err: pino.stdSerializers.err },
    },
    destination ?? pino.destination({ dest: 1, sync: true }),
  );

const holder = globalThis as unknown as { amparoLogger?: Logger };
const root = () => (holder.amparoLogger ??= createLogger());

/** The logger of one area of the service: `log("intake").error({ err }, "intake failed")`. */
export const log = (area: string): Logger => root().child({ area });

/** For tests: every later line goes to this logger; returns the way back. */
export const replaceLogger = (logger: Logger) => {
  const previous = holder.amparoLogger;
  holder.amparoLogger = logger;
  return () => {
    holder.amparoLogger = previous;
  };
};

/** The message of whatever was thrown, for a log field. */
export const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error));
