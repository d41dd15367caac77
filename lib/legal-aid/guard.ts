// The one way into a legal-aid write: the case must be visible to the scope
// and writable by it; the work runs in one transaction; live updates go out
// only after the commit. Sub-records (hearings, tasks, the legal record) carry
// their own version: a stale one is a 409, answered after the rollback.
import "server-only";
import { db, type Tx } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import type { StaffScope } from "@/lib/server/auth/scope";
import type { Prisma } from "@/lib/generated/prisma/client";
import { caseWhereForScope } from "@/lib/cases/policy";
import { publishCaseChange } from "@/lib/cases/publish";
import type { AfterCommit } from "@/lib/server/jobs/queue";
import { assertCanWriteLegal } from "./policy";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string) => UUID.test(value);

const caseSelect = {
  id: true,
  number: true,
  status: true,
  consulateId: true,
  ownerId: true,
  personId: true,
  consulate: { select: { code: true, name: true, timeZone: true, regionId: true } },
} satisfies Prisma.CaseSelect;

export type WorkCase = Prisma.CaseGetPayload<{ select: typeof caseSelect }>;

export const loadVisibleCase = async (tx: Tx, scope: StaffScope, caseId: string): Promise<WorkCase> => {
  if (!isUuid(caseId)) throw new AppError("not_found", "not_found");
  const row = await tx.case.findFirst({ where: { AND: [{ id: caseId }, caseWhereForScope(scope)] }, select: caseSelect });
  if (!row) throw new AppError("not_found", "not_found");
  return row;
};

/** Thrown inside a transaction when a versioned row moved on; becomes a 409 after the rollback. */
export class StaleWrite extends Error {
  constructor(readonly target: string) {
    super("stale_version");
  }
}

const isUniqueViolation = (error: unknown) =>
  typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";

export type WorkContext = { tx: Tx; row: WorkCase; afterCommit: (effect: AfterCommit) => void };

/** Runs `work` on a visible, writable case in one transaction, then publishes the case. */
export const legalWrite = async <T>(
  { scope, caseId, allowEnded = false }: { scope: StaffScope; caseId: string; allowEnded?: boolean },
  work: (context: WorkContext) => Promise<T>,
): Promise<T> => {
  const effects: AfterCommit[] = [];
  let result: T;
  try {
    result = await db.$transaction(async (tx) => {
      const row = await loadVisibleCase(tx, scope, caseId);
      if (!allowEnded) assertCanWriteLegal(scope, row.status);
      return work({ tx, row, afterCommit: (effect) => effects.push(effect) });
    });
  } catch (error) {
    if (error instanceof StaleWrite) {
      throw new AppError("conflict", "stale_version", { details: { reason: "stale_version", target: error.target } });
    }
    if (isUniqueViolation(error)) {
      // The only unique value a user types here is the A-number.
      const taken = JSON.stringify((error as { meta?: unknown }).meta ?? {}).includes("a_number");
      const reason = taken ? "a_number_taken" : "stale_version";
      throw new AppError("conflict", reason, { details: { reason } });
    }
    throw error;
  }
  await publishCaseChange("case:updated", caseId);
  for (const effect of effects) {
    await Promise.resolve(effect()).catch((error) => console.error("[amparo] after-commit failed", (error as Error).message));
  }
  return result;
};

export const addTimeline = (
  tx: Tx,
  { caseId, kind, actorUserId, data }: Omit<Prisma.CaseTimelineEntryUncheckedCreateInput, "data"> & { data: object },
) => tx.caseTimelineEntry.create({ data: { caseId, kind, actorUserId, data: data as Prisma.InputJsonObject } });
