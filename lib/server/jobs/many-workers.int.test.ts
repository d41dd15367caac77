// N instances at once, on the real PostgreSQL: every instance runs a job
// worker and an outbox sender, and may apply migrations at start. Here N loops
// race over the same rows (each claim is its own transaction on its own pooled
// connection, as it would be in N processes): each job runs once, each family
// message goes to the provider once, each migration is applied once.
import { randomBytes, randomUUID } from "node:crypto";
import pg from "pg";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { migrate } from "@/lib/server/migrate";
import { sendOutboxBatch } from "@/lib/family/outbox";
import type { SmsTransport } from "@/lib/family/transport";
import { createCaseAt, createStaff, ensureNetwork } from "@/lib/server/testing/fixtures";
import { createScratchDatabase, type ScratchDatabase } from "@/lib/server/testing/database";
import { runOneJob, scheduleJob, type JobHandler } from "./queue";
import { keyring } from "@/lib/privacy/keys-data";

const WORKERS = 6;
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  await ensureNetwork();
});

const countDuplicates = (runs: string[]) => runs.length - new Set(runs).size;

describe("[LEGAL] a slow job", () => {
  it("commits when it takes longer than Prisma's default 5 s transaction (a night's retention batch on a busy database)", async () => {
    const queue = `test-${randomBytes(4).toString("hex")}`;
    await db.$transaction((tx) => scheduleJob(tx, { queue, key: `${queue}:slow`, runAt: new Date(Date.now() - 1_000), payload: {} }));
    const handler: JobHandler = async (tx) => {
      await pause(5_500);
      await tx.$executeRaw`SELECT 1`;
      return null;
    };
    expect(await runOneJob({ [queue]: handler })).toBe("ran");
    expect(await db.job.findFirstOrThrow({ where: { queue }, select: { state: true, attempts: true } })).toEqual({ state: "DONE", attempts: 1 });
  }, 30_000);
});

describe("[LEGAL] many workers on one queue", () => {
  it(`${WORKERS} workers claiming 120 due jobs at once run each exactly once`, async () => {
    // A queue of this test's own: other files' reminders are not claimed here.
    const queue = `test-${randomBytes(4).toString("hex")}`;
    const keys = Array.from({ length: 120 }, (_, i) => `${queue}:${i}`);
    await db.$transaction(async (tx) => {
      for (const key of keys) await scheduleJob(tx, { queue, key, runAt: new Date(Date.now() - 1_000), payload: { key } });
    });
    const runs: string[] = [];
    // A handler slow enough that the workers overlap, recording outside its
    // transaction so that a job run twice would be seen even if it rolled back.
    const handler: JobHandler = async (_tx, payload) => {
      runs.push(String(payload.key));
      await pause(2);
      return null;
    };
    const worker = async () => {
      let ran = 0;
      while ((await runOneJob({ [queue]: handler })) !== "idle") ran++;
      return ran;
    };
    const perWorker = await Promise.all(Array.from({ length: WORKERS }, worker));

    expect(countDuplicates(runs)).toBe(0);
    expect([...runs].sort()).toEqual([...keys].sort());
    expect(perWorker.reduce((a, n) => a + n, 0)).toBe(keys.length);
    // They did share the work: more than one worker ran jobs.
    expect(perWorker.filter((n) => n > 0).length).toBeGreaterThan(1);
    const rows = await db.job.findMany({ where: { queue }, select: { state: true, attempts: true } });
    expect(rows).toHaveLength(keys.length);
    expect(rows.every((j) => j.state === "DONE" && j.attempts === 1)).toBe(true);
  });

  it(`${WORKERS} outbox senders racing over 60 approved family messages send each exactly once`, async () => {
    const [legal, officer] = await Promise.all([createStaff("LEGAL_AID", { consulate: "LAX" }), createStaff("OFFICER", { consulate: "LAX" })]);
    const ids: string[] = [];
    // Stored as the app stores them: sealed (lib/privacy); the sender opens them.
    const ring = await keyring();
    for (let c = 0; c < 6; c++) {
      const phone = ring.seal(`+1323555${1000 + c}`);
      const kase = await createCaseAt({ status: "REFERRED_LEGAL_AID", ownerId: officer.user.id });
      const contact = await db.caseContact.create({
        data: { caseId: kase.id, eventId: randomUUID(), name: ring.seal("José Hernández"), phone },
      });
      const rows = await db.familyMessage.createManyAndReturn({
        data: Array.from({ length: 10 }, () => ({
          caseId: kase.id,
          contactId: contact.id,
          template: "released",
          locale: "es",
          body: ring.seal(`Consulado de México: prueba ${kase.number}.`),
          phone,
          status: "APPROVED" as const,
          createdById: legal.user.id,
          approvedById: officer.user.id,
          approvedAt: new Date(),
        })),
        select: { id: true },
      });
      ids.push(...rows.map((r) => r.id));
    }
    const sent: string[] = [];
    const transport: SmsTransport = {
      name: "test",
      send: async ({ idempotencyKey }) => {
        sent.push(idempotencyKey);
        await pause(2);
        return { providerMessageId: `p-${idempotencyKey}` };
      },
    };
    const sender = async () => {
      while ((await sendOutboxBatch({ transport, limit: 3 })).claimed > 0);
    };
    await Promise.all(Array.from({ length: WORKERS }, sender));

    // Another file's leftover approved message may ride along; none is sent twice.
    expect(countDuplicates(sent)).toBe(0);
    expect(sent.filter((id) => ids.includes(id)).sort()).toEqual([...ids].sort());
    const rows = await db.familyMessage.findMany({ where: { id: { in: ids } }, select: { status: true, attempts: true } });
    expect(rows.every((m) => m.status === "SENT" && m.attempts === 1)).toBe(true);
  });
});

describe("[ADMIN] many instances starting at once", () => {
  let scratch: ScratchDatabase | undefined;
  afterEach(async () => {
    await scratch?.drop();
  });

  it(`${WORKERS} migration runners on a fresh database apply each migration once, without error`, async () => {
    scratch = await createScratchDatabase();
    const url = scratch.url;
    const results = await Promise.all(Array.from({ length: WORKERS }, () => migrate({ databaseUrl: url })));
    const applied = results.flatMap((r) => r.applied);
    expect(countDuplicates(applied)).toBe(0);
    const total = results[0].applied.length + results[0].alreadyApplied;
    expect(applied).toHaveLength(total);
    expect(results.every((r) => r.applied.length + r.alreadyApplied === total)).toBe(true);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query<{ n: string }>('SELECT count(*) AS n FROM "_prisma_migrations"');
    await client.end();
    expect(Number(rows[0].n)).toBe(total);
  });
});
