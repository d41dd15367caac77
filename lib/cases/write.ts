// The one way a case is written. Every write (a lifecycle move, a note, the
// legal record, a hearing, a transfer, a family message) goes through
// writeCase: the case must be one the writer may see (else 404), at the
// version the writer saw when it carries one, and allowed by the caller's
// policy; the work runs in one transaction; after the commit the case is
// published, then the work's own after-commit effects run. A stale write or a
// unique violation is answered once, here, after the rollback.
import "server-only";
import { db, type Tx } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { isUuid } from "@/lib/server/ids";
import { violatedUniqueIndex } from "@/lib/server/unique-violation";
import type { StaffScope } from "@/lib/server/auth/scope";
import type { AfterCommit } from "@/lib/server/jobs/queue";
import type { Prisma } from "@/lib/generated/prisma/client";
import { caseWhereForScope } from "./policy";
import { publishCaseChange } from "./publish";
import { caseSummarySelect, toCaseSummary, type CaseSummaryRow } from "./summary";
import { keyring } from "@/lib/privacy/keys-data";
import { errorMessage, log } from "@/lib/server/log";

/** What carries its own version: the case itself, or one of its sub-records. */
export type StaleTarget = "case" | "legal_record" | "hearing" | "task";

/** Thrown inside the transaction when a versioned row moved on; writeCase answers it after the rollback. */
export class StaleWrite extends Error {
  constructor(readonly target: StaleTarget) {
    super("stale_version");
  }
}

// The indexes a user's input can run into, and what the 409 calls them. Any
// other unique violation means another write created the same row first.
const UNIQUE_REASONS: Record<string, string> = {
  people_a_number_bidx_key: "a_number_taken",
  cases_one_open_per_person: "open_case_exists",
};

/** The 409 of a case-state write: the reason, with the case as it now is so the client can redraw it. */
export const caseConflict = async (reason: string, row: CaseSummaryRow) =>
  new AppError("conflict", reason, { details: { reason, currentStatus: row.status, case: toCaseSummary(await keyring(), row) } });

// Every select includes these: writeCase checks the version and publishes by id.
type BaseSelect = { id: true; version: true };

export type CaseRow<S extends Prisma.CaseSelect> = Prisma.CaseGetPayload<{ select: S }>;

export type WriteCaseOptions<S extends Prisma.CaseSelect & BaseSelect> = {
  scope: StaffScope;
  /** What of the case the policy and the work read. */
  select: S;
  /** The case version the writer saw: a case-state write. Appends and sub-record writes leave it out. */
  version?: number;
  /** Throws when this writer may not do this to the case as loaded (role, lifecycle, an ended case). */
  policy?: (row: CaseRow<S>) => void | Promise<void>;
} & (
  | { caseId: string }
  /** The case found by what points at it, visibility included: the receiving side of a transfer sees the request, not the case. */
  | { where: Prisma.CaseWhereInput }
);

export type CaseWrite<Row> = { tx: Tx; row: Row; afterCommit: (effect: AfterCommit) => void };

/** A visible case by id, or a 404 for a malformed id or a case this scope may not see. */
export const findVisibleCase = async <S extends Prisma.CaseSelect>(client: Tx, { scope, caseId, select }: { scope: StaffScope; caseId: string; select: S }) => {
  if (!isUuid(caseId)) throw new AppError("not_found", "not_found");
  return loadCase(client, { AND: [{ id: caseId }, caseWhereForScope(scope)] }, select);
};

const loadCase = async <S extends Prisma.CaseSelect>(client: Tx, where: Prisma.CaseWhereInput, select: S) => {
  // Prisma cannot work out the row's type from a select that is still generic.
  const row = (await client.case.findFirst({ where, select })) as CaseRow<S> | null;
  if (!row) throw new AppError("not_found", "not_found");
  return row;
};

/** Applies a case-state change only if the case is still at the version the writer saw. */
export const updateCaseAtVersion = async (tx: Tx, { caseId, version, data }: { caseId: string; version: number; data: Prisma.CaseUncheckedUpdateManyInput }) => {
  const { count } = await tx.case.updateMany({ where: { id: caseId, version }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw new StaleWrite("case");
};

const conflictReason = (error: unknown): string | null => {
  if (error instanceof StaleWrite) return "stale_version";
  const index = violatedUniqueIndex(error);
  return index === null ? null : (UNIQUE_REASONS[index] ?? "stale_version");
};

// The 409 is built after the rollback: for a case-state write from a fresh
// read, so it shows what won (and no query runs beside the transaction while
// it holds the embedded database's one connection). That read is the
// writer's own scope: what won may have taken the case out of their sight (a
// transfer), and then the answer is the 404 of any case they may not see.
// Other errors pass as they are.
const answerFailure = async (error: unknown, { scope, caseId, caseState }: { scope: StaffScope; caseId: string | undefined; caseState: boolean }) => {
  const reason = conflictReason(error);
  if (!reason) return error;
  if (caseState && caseId) {
    const current = await db.case.findFirst({ where: { AND: [{ id: caseId }, caseWhereForScope(scope)] }, select: caseSummarySelect });
    return current ? caseConflict(reason, current) : new AppError("not_found", "not_found");
  }
  const target = error instanceof StaleWrite ? error.target : undefined;
  return new AppError("conflict", reason, { details: { reason, ...(target && { target }) } });
};

/** Runs `work` on the case in one transaction, then publishes the case and runs the after-commit effects. */
export const writeCase = async <S extends Prisma.CaseSelect & BaseSelect, T>(
  options: WriteCaseOptions<S>,
  work: (context: CaseWrite<CaseRow<S>>) => Promise<T>,
): Promise<T> => {
  const { scope, select, version, policy } = options;
  const effects: AfterCommit[] = [];
  let loadedId: string | undefined;
  let done: { caseId: string; result: T };
  try {
    done = await db.$transaction(async (tx) => {
      const row = "caseId" in options ? await findVisibleCase(tx, { scope, caseId: options.caseId, select }) : await loadCase(tx, options.where, select);
      const { id, version: current } = row as CaseRow<BaseSelect>;
      loadedId = id;
      if (version !== undefined && current !== version) throw new StaleWrite("case");
      await policy?.(row);
      return { caseId: id, result: await work({ tx, row, afterCommit: (effect) => effects.push(effect) }) };
    });
  } catch (error) {
    throw await answerFailure(error, { scope, caseId: loadedId, caseState: version !== undefined });
  }
  await publishCaseChange("case:updated", done.caseId);
  for (const effect of effects) {
    await Promise.resolve(effect()).catch((error) => log("cases").error({ error: errorMessage(error) }, "after-commit failed"));
  }
  return done.result;
};
