// writeCase against the real PostgreSQL: a stale version is a 409 after the
// rollback with nothing written, an invisible case a 404, the after-commit
// effects run only after a commit, and a unique violation is answered once.
import { keyring } from "@/lib/privacy/keys-data";
import { aNumberIndex } from "@/lib/privacy/person";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { AppError, isAppError } from "@/lib/server/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { captureRealtime } from "@/lib/server/testing/fake-io";
import { createCaseAt, createStaff, ensureNetwork } from "@/lib/server/testing/fixtures";
import { updateCaseAtVersion, writeCase } from "./write";

let realtime: ReturnType<typeof captureRealtime>;
beforeAll(() => {
  realtime = captureRealtime();
});
afterAll(() => realtime.release());

const staffOf = async (consulate: string) => {
  await ensureNetwork();
  return createStaff("OFFICER", { consulate });
};

const select = { id: true, version: true, status: true, personId: true } satisfies Prisma.CaseSelect;

const failureOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error)) return error;
    throw error;
  }
  throw new Error("the write went through");
};

const notesOn = (caseId: string) => db.caseNote.count({ where: { caseId } });
// What the case's consulate was sent (its region's supervisors get their own copy, without the point).
const publishedFor = (caseId: string) =>
  realtime.emitted.filter((e) => e.event === "case:updated" && (e.payload as { id: string }).id === caseId && e.rooms.some((r) => r.startsWith("consulate:")))
    .length;
const freeANumber = () => String(100_000_000 + Math.floor(Math.random() * 800_000_000));

describe("[TRIAGE] writeCase", () => {
  it("refuses a stale version with a 409 after the rollback, showing the case as it now is, and writes nothing", async () => {
    const officer = await staffOf("LAX");
    const c = await createCaseAt({ status: "NEW" });
    let ran = false;
    const early = await failureOf(
      writeCase({ scope: officer.scope, caseId: c.id, version: c.version + 1, select }, async () => {
        ran = true;
      }),
    );
    expect(ran).toBe(false);
    expect(early.code).toBe("conflict");
    expect(early.details).toMatchObject({ reason: "stale_version", currentStatus: "NEW", case: { id: c.id, version: c.version } });

    // Another write lands between the load and the update: the note written before it goes too.
    let effects = 0;
    const raced = await failureOf(
      writeCase({ scope: officer.scope, caseId: c.id, version: c.version, select }, async ({ tx, row, afterCommit }) => {
        afterCommit(() => void effects++);
        await tx.caseNote.create({ data: { caseId: row.id, authorId: officer.user.id, body: (await keyring()).seal("se pierde") } });
        await db.case.update({ where: { id: c.id }, data: { priority: "CRITICAL", version: { increment: 1 } } });
        await updateCaseAtVersion(tx, { caseId: row.id, version: c.version, data: { status: "ACKNOWLEDGED" } });
      }),
    );
    expect(raced.details).toMatchObject({ reason: "stale_version", currentStatus: "NEW", case: { priority: "CRITICAL", version: c.version + 1 } });
    expect(await notesOn(c.id)).toBe(0);
    expect(effects).toBe(0);
    expect(publishedFor(c.id)).toBe(0);
  });

  it("builds the 409 within the writer's scope: a case that left their sight meanwhile is a 404, not its current state", async () => {
    const officer = await staffOf("LAX");
    const c = await createCaseAt({ status: "NEW" });
    const houston = await db.consulate.findUniqueOrThrow({ where: { code: "HOU" }, select: { id: true } });
    const failure = await failureOf(
      writeCase({ scope: officer.scope, caseId: c.id, version: c.version, select }, async ({ tx, row }) => {
        // What won: a write that moved the case to Houston, committed beside this transaction.
        await db.case.update({ where: { id: c.id }, data: { consulateId: houston.id, version: { increment: 1 } } });
        await updateCaseAtVersion(tx, { caseId: row.id, version: c.version, data: { status: "ACKNOWLEDGED" } });
      }),
    );
    expect(failure.code).toBe("not_found");
    expect(failure.details).toBeUndefined();
  });

  it("answers a case the writer may not see, or a malformed id, with 404 and runs nothing", async () => {
    const [officer, houston] = await Promise.all([staffOf("LAX"), staffOf("HOU")]);
    const c = await createCaseAt({ status: "NEW" });
    let ran = false;
    const work = async () => {
      ran = true;
    };
    expect((await failureOf(writeCase({ scope: houston.scope, caseId: c.id, select }, work))).code).toBe("not_found");
    expect((await failureOf(writeCase({ scope: officer.scope, caseId: "not-a-uuid", select }, work))).code).toBe("not_found");
    expect(ran).toBe(false);
  });

  it("publishes the case after the commit, then runs the after-commit effects; on a failure neither", async () => {
    const officer = await staffOf("LAX");
    const c = await createCaseAt({ status: "NEW" });
    const seen: { notes: number; published: number }[] = [];
    const effect = async () => void seen.push({ notes: await notesOn(c.id), published: publishedFor(c.id) });

    const result = await writeCase({ scope: officer.scope, caseId: c.id, select }, async ({ tx, afterCommit }) => {
      afterCommit(effect);
      await tx.caseNote.create({ data: { caseId: c.id, authorId: officer.user.id, body: (await keyring()).seal("queda") } });
      return "done";
    });
    expect(result).toBe("done");
    expect(seen).toEqual([{ notes: 1, published: 1 }]);

    const refusal = new AppError("invalid_body", "invalid_body");
    const failed = await failureOf(
      writeCase({ scope: officer.scope, caseId: c.id, select }, async ({ tx, afterCommit }) => {
        afterCommit(effect);
        await tx.caseNote.create({ data: { caseId: c.id, authorId: officer.user.id, body: (await keyring()).seal("se pierde") } });
        throw refusal;
      }),
    );
    expect(failed).toBe(refusal);
    expect(seen).toHaveLength(1);
    expect(await notesOn(c.id)).toBe(1);
    expect(publishedFor(c.id)).toBe(1);
  });

  it("answers a unique violation once, from Prisma's queries and from raw SQL alike", async () => {
    const officer = await staffOf("LAX");
    const [holder, other] = await Promise.all([createCaseAt({ status: "REFERRED_LEGAL_AID" }), createCaseAt({ status: "REFERRED_LEGAL_AID" })]);
    const taken = freeANumber();
    // The A-number is unique through its blind index (the value itself is sealed).
    const ring = await keyring();
    const index = aNumberIndex(ring, taken);
    await db.person.update({ where: { id: holder.personId }, data: { aNumber: ring.seal(taken), aNumberBidx: index } });
    const viaPrisma = await failureOf(
      writeCase({ scope: officer.scope, caseId: other.id, select }, ({ tx, row }) =>
        tx.person.update({ where: { id: row.personId }, data: { aNumber: ring.seal(taken), aNumberBidx: index } }),
      ),
    );
    const viaSql = await failureOf(
      writeCase({ scope: officer.scope, caseId: other.id, select }, ({ tx, row }) =>
        tx.$executeRaw`UPDATE "people" SET "a_number_bidx" = ${index} WHERE "id" = ${row.personId}::uuid`,
      ),
    );
    for (const error of [viaPrisma, viaSql]) {
      expect(error.code).toBe("conflict");
      expect(error.details).toEqual({ reason: "a_number_taken" });
    }
    expect((await db.person.findUniqueOrThrow({ where: { id: other.personId } })).aNumber).toBeNull();

    // Any other index: someone else created the same row first.
    await db.legalRecord.create({ data: { caseId: other.id, referredAt: new Date() } });
    const twice = await failureOf(
      writeCase({ scope: officer.scope, caseId: other.id, select }, ({ tx, row }) =>
        tx.legalRecord.create({ data: { caseId: row.id, referredAt: new Date() } }),
      ),
    );
    expect(twice.details).toEqual({ reason: "stale_version" });

    // A case-state write answers with the case, as for a stale version.
    const ended = await createCaseAt({ status: "NOT_DETAINED" });
    const now = new Date();
    await db.case.create({
      data: { number: `LAX-1997-${String(Date.now() % 1_000_000).padStart(6, "0")}`, consulateId: ended.consulateId, personId: ended.personId, alertAt: now, lastEventAt: now },
    });
    const reopening = await failureOf(
      writeCase({ scope: officer.scope, caseId: ended.id, version: ended.version, select }, ({ tx, row }) =>
        updateCaseAtVersion(tx, { caseId: row.id, version: ended.version, data: { status: "ACKNOWLEDGED" } }),
      ),
    );
    expect(reopening.details).toMatchObject({ reason: "open_case_exists", currentStatus: "NOT_DETAINED", case: { id: ended.id, version: ended.version } });
  });
});
