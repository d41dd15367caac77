// Transfers between consulates: the person was moved to a facility in another
// jurisdiction. The sending side asks, with a reason; the receiving consulate
// accepts or declines. Access follows the case: on accept it belongs to the
// receiving consulate (its staff and region read it; the sending consulate no
// longer does), on decline nothing moves. The history stays with the case.
// Before deciding, the receiving side sees only the request (listIncomingTransfers, transfers-data.ts).
import "server-only";
import { AppError } from "@/lib/server/errors";
import { isUuid } from "@/lib/server/ids";
import type { StaffScope } from "@/lib/server/auth/scope";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isEnded } from "@/lib/cases/lifecycle";
import { publishToConsulate, publishToRooms } from "@/lib/cases/publish";
import { consulateRoom, regionCasesRoom } from "@/lib/cases/policy";
import { addTimeline } from "@/lib/cases/timeline";
import { keyring } from "@/lib/privacy/keys-data";
import { writeCase } from "@/lib/cases/write";
import { CASE_TRANSFERRED, TRANSFER_REQUESTED } from "./events";
import { onLegalCase } from "./legal-case";
import { incomingTransferWhere } from "./policy";

export const requestTransfer = ({ scope, caseId, toConsulateCode, reason }: { scope: StaffScope; caseId: string; toConsulateCode: string; reason: string }) =>
  writeCase(onLegalCase({ scope, caseId }), async ({ tx, row, afterCommit }) => {
    const to = await tx.consulate.findUnique({ where: { code: toConsulateCode }, select: { id: true, code: true, regionId: true } });
    if (!to || to.id === row.consulateId) {
      throw new AppError("invalid_body", "invalid_body", { issues: [{ path: "toConsulateCode", message: "another existing consulate" }] });
    }
    const pending = await tx.caseTransfer.findFirst({ where: { caseId, status: "PENDING" }, select: { id: true } });
    if (pending) throw new AppError("conflict", "transfer_pending", { details: { reason: "transfer_pending", transferId: pending.id } });
    // Staff's free text may name the person or their family: sealed like a note (its timeline copy too).
    const transfer = await tx.caseTransfer.create({
      data: { caseId, fromConsulateId: row.consulateId, toConsulateId: to.id, reason: (await keyring()).seal(reason), requestedById: scope.userId },
      select: { id: true },
    });
    await addTimeline(tx, {
      caseId,
      kind: "TRANSFER_REQUESTED",
      actorUserId: scope.userId,
      data: { transferId: transfer.id, from: row.consulate.code, to: to.code, reason },
    });
    afterCommit(() =>
      publishToConsulate({ consulateId: to.id, regionId: to.regionId }, TRANSFER_REQUESTED, {
        transferId: transfer.id,
        caseId,
        caseNumber: row.number,
        fromConsulateCode: row.consulate.code,
        toConsulateCode: to.code,
      }),
    );
    return { id: transfer.id, status: "PENDING" as const, toConsulateCode: to.code };
  });

type Decision = { scope: StaffScope; transferId: string } & ({ accept: true } | { accept: false; reason: string });

const decided = (status: string) => new AppError("conflict", "transfer_decided", { details: { reason: "transfer_decided", status } });

// The case of a transfer this scope answers for, with that one transfer: the
// receiving side finds the case through the request, as it cannot see it yet.
const decisionCase = (scope: StaffScope, transferId: string) => ({
  scope,
  where: { transfers: { some: { AND: [{ id: transferId }, incomingTransferWhere(scope)] } } },
  select: {
    id: true,
    number: true,
    status: true,
    version: true,
    transfers: {
      where: { id: transferId },
      select: {
        status: true,
        fromConsulateId: true,
        toConsulateId: true,
        fromConsulate: { select: { code: true, regionId: true } },
        toConsulate: { select: { code: true, regionId: true } },
      },
    },
  } satisfies Prisma.CaseSelect,
});

/** Accepts or declines a pending transfer on behalf of the receiving consulate. */
export const decideTransfer = async (decision: Decision) => {
  const { scope, transferId } = decision;
  if (!isUuid(transferId)) throw new AppError("not_found", "not_found");
  if (scope.role === "ADMIN") throw new AppError("forbidden", "role", { details: { reason: "role" } });
  return writeCase(decisionCase(scope, transferId), async ({ tx, row, afterCommit }) => {
    const [transfer] = row.transfers;
    const { count } = await tx.caseTransfer.updateMany({
      where: { id: transferId, status: "PENDING" },
      data: decision.accept
        ? { status: "ACCEPTED", decidedById: scope.userId, decidedAt: new Date() }
        : { status: "DECLINED", decidedById: scope.userId, decidedAt: new Date(), declineReason: (await keyring()).seal(decision.reason) },
    });
    if (count === 0) throw decided(transfer.status);
    const base = { transferId, from: transfer.fromConsulate.code, to: transfer.toConsulate.code };
    if (!decision.accept) {
      await addTimeline(tx, { caseId: row.id, kind: "TRANSFER_DECLINED", actorUserId: scope.userId, data: { ...base, reason: decision.reason } });
      return { id: transferId, status: "DECLINED" as const, caseId: row.id };
    }
    if (isEnded(row.status)) throw new AppError("conflict", "case_closed", { details: { reason: "case_closed", currentStatus: row.status } });
    // The people of the sending consulate can no longer see the case: the
    // one who accepts takes its open work (an officer also takes the case).
    const moved = await tx.case.updateMany({
      where: { id: row.id, consulateId: transfer.fromConsulateId },
      data: {
        consulateId: transfer.toConsulateId,
        // A new case is still for anyone of the consulate to take (the lifecycle's rule).
        ownerId: scope.role === "OFFICER" && row.status !== "NEW" ? scope.userId : null,
        version: { increment: 1 },
      },
    });
    if (moved.count === 0) throw decided("MOVED");
    await tx.legalRecord.updateMany({ where: { caseId: row.id }, data: { assigneeId: scope.role === "LEGAL_AID" ? scope.userId : null } });
    const tasks = await tx.caseTask.updateMany({
      where: { caseId: row.id, status: "OPEN" },
      data: { ownerId: scope.userId, version: { increment: 1 } },
    });
    await addTimeline(tx, { caseId: row.id, kind: "TRANSFER_ACCEPTED", actorUserId: scope.userId, data: { ...base, reassignedTasks: tasks.count } });
    // Only those who lost sight of the case: the sending consulate, and its region if the case left it.
    const lost = [consulateRoom(transfer.fromConsulateId)];
    if (transfer.fromConsulate.regionId !== transfer.toConsulate.regionId) lost.push(regionCasesRoom(transfer.fromConsulate.regionId));
    afterCommit(() => publishToRooms(lost, CASE_TRANSFERRED, { caseId: row.id, caseNumber: row.number, toConsulateCode: transfer.toConsulate.code }));
    return { id: transferId, status: "ACCEPTED" as const, caseId: row.id };
  });
};
