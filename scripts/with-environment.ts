// The operator commands (npm run keys, retention, relay-keys) run against the
// deployment's database: the environment prepared as the server prepares it,
// and everything the command opened closed again — the pool, and Redis (a
// rotation or a revoke tells the running instances through it, and its
// connection must not keep the process alive) — whatever the command did.
import { prepareEnvironment } from "@/lib/server/bootstrap";

export const withEnvironment = async (work: () => Promise<void>) => {
  const prepared = await prepareEnvironment();
  try {
    await work();
  } finally {
    const { disconnectDb } = await import("@/lib/server/db");
    await disconnectDb();
    const { closeRedis } = await import("@/lib/server/redis");
    await closeRedis();
    await prepared.stop();
  }
};

/** Runs a command's main; an error is one line on stderr and exit code 1. */
export const runCommand = (main: () => Promise<void>) =>
  main().catch((error: unknown) => {
    console.error((error as Error).message);
    process.exit(1);
  });
