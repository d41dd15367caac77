// Direct SQL against the e2e database, for what no screen can do: time
// passing for a durable job (lib/server/jobs). The URL is the one
// scripts/e2e-server.ts prepared.
import pg from "pg";
import { TEST_DATABASE_URL, withDatabaseName } from "../../lib/server/testing/database";

const databaseUrl = process.env.E2E_DATABASE_URL ?? withDatabaseName(TEST_DATABASE_URL, "amparo_e2e");

export const sql = async <T extends pg.QueryResultRow>(text: string, values: unknown[] = []) => {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
};

/**
 * Time passes for a case's escalation: its pending first timer becomes the
 * given step (red: the supervisors; offer: the backup consulate), due at once,
 * and the server's job worker runs it on its next tick. Returns how many
 * timers changed (1 when the case had one).
 */
export const makeStepDue = async (caseId: string, step: "red" | "offer") =>
  (
    await sql<{ n: number }>(
      `WITH due AS (
         UPDATE "jobs" SET "run_at" = now(), "payload" = jsonb_build_object('caseId', $1::text, 'step', $2::text)
         WHERE "singleton_key" = 'escalation:' || $1 AND "state" = 'PENDING' RETURNING 1)
       SELECT count(*)::int AS n FROM due`,
      [caseId, step],
    )
  )[0].n;

/**
 * An officer of a consulate no other spec posts alerts to, signing in with the
 * demo password (its hash copied from a demo account), for a spec that needs a
 * queue of its own: LAX's holds more than a page of the other specs' cases.
 */
export const createOfficer = async (consulateCode: string) => {
  const email = `oficial-${consulateCode.toLowerCase()}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@amparo.demo`;
  await sql(
    `INSERT INTO "users" ("id", "email", "name", "role", "consulate_id", "password_hash")
     SELECT gen_random_uuid(), $1, 'Oficial ' || $2, 'OFFICER', c."id", u."password_hash"
     FROM "consulates" c, "users" u WHERE c."code" = $2 AND u."email" = 'oficial.la@amparo.demo'`,
    [email, consulateCode],
  );
  return email;
};
