// A staff notice put straight into the e2e server's database, as the
// escalation would queue it, with its link's token computed under the
// server's AMPARO_SECRET_KEY (scripts/e2e-server.ts), as the sender would.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { hashNoticeToken, noticeToken } from "../../lib/notices/token";
import { ACCOUNTS, type AccountRole } from "./accounts";

const E2E_SECRET_KEY = process.env.AMPARO_SECRET_KEY ?? "0".repeat(64);

const databaseUrl = () => {
  if (process.env.E2E_DATABASE_URL) return process.env.E2E_DATABASE_URL;
  const url = new URL(process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/amparo_test");
  url.pathname = "/amparo_e2e";
  return url.toString();
};

/** A sent SMS notice about `caseId` to `role`'s account; returns its link's path and the case's number. */
export const sentNotice = async ({ caseId, to, reason = "UNTAKEN" }: { caseId: string; to: AccountRole; reason?: string }) => {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    const id = randomUUID();
    const token = noticeToken(id, E2E_SECRET_KEY);
    const { rows } = await client.query<{ number: string }>(
      `INSERT INTO "staff_notices" ("id", "case_id", "user_id", "channel", "step_key", "reason", "status", "attempts", "sent_at", "ack_token_hash")
       SELECT $1, $2, u."id", 'SMS', $3, $4, 'SENT', 1, now(), $5 FROM "users" u WHERE u."email" = $6
       RETURNING (SELECT "number" FROM "cases" WHERE "id" = $2) AS "number"`,
      [id, caseId, `e2e:${caseId}:${id}`, reason, hashNoticeToken(token), ACCOUNTS[to]],
    );
    if (rows.length !== 1) throw new Error(`no account ${ACCOUNTS[to]}`);
    return { path: `/n/${token}`, number: rows[0].number };
  } finally {
    await client.end();
  }
};
