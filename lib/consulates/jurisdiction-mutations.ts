// An administrator reassigns a county to another consulate, with a reason:
// one transaction updates the county, marks it (a seed leaves a reassigned
// county alone, prisma/seed/network.ts), appends the history, audits, and,
// only when asked, moves the county's open cases with it. After the commit
// every instance drops its copy of the network, so the next alert from the
// county routes to its new consulate, and the moved cases go live.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { ENDED_STATUSES } from "@/lib/cases/lifecycle";
import { consulateRoom, regionCasesRoom } from "@/lib/cases/policy";
import { publishCaseChanges, publishToRooms } from "@/lib/cases/publish";
import { CASE_TRANSFERRED } from "@/lib/legal-aid/events";
import { AppError } from "@/lib/server/errors";
import { recordAudit } from "@/lib/server/audit";
import { db, type Tx } from "@/lib/server/db";
import type { StaffScope } from "@/lib/server/auth/scope";
import { forgetNetwork } from "./data";
import type { ReassignCountyInput } from "./schema";

type Consulate = { id: string; code: string; regionId: string };

/**
 * The county's open cases at its old consulate: those the intake routed by
 * this county (their first timeline entry names it). Each leaves its owner,
 * legal-aid assignee and incident behind (people and a raid of the consulate
 * that no longer sees it), and gets a timeline entry of the move.
 */
const moveOpenCases = async (tx: Tx, { fips, from, to, reason, actorUserId }: { fips: string; from: Consulate; to: Consulate; reason: string; actorUserId: string }) => {
  const moved = await tx.$queryRaw<{ id: string; number: string }[]>`
    UPDATE "cases" c SET "consulate_id" = ${to.id}::uuid, "owner_id" = NULL, "incident_id" = NULL, "version" = c."version" + 1, "updated_at" = now()
    WHERE c."consulate_id" = ${from.id}::uuid
      AND c."status"::text NOT IN (${Prisma.join([...ENDED_STATUSES])})
      AND EXISTS (
        SELECT 1 FROM "case_timeline" t
        WHERE t."case_id" = c."id" AND t."kind" = 'ALERT_RECEIVED' AND t."data"->>'countyFips' = ${fips}
      )
    RETURNING c."id"::text AS "id", c."number"`;
  if (moved.length === 0) return moved;
  const ids = moved.map((m) => m.id);
  await tx.legalRecord.updateMany({ where: { caseId: { in: ids } }, data: { assigneeId: null } });
  await tx.caseTimelineEntry.createMany({
    data: ids.map((caseId) => ({
      caseId,
      kind: "TRANSFER_ACCEPTED" as const,
      actorUserId,
      data: { from: from.code, to: to.code, reason, jurisdiction: fips },
    })),
  });
  return moved;
};

export const reassignCounty = async ({ scope, fips, input }: { scope: StaffScope; fips: string; input: ReassignCountyInput }) => {
  const result = await db.$transaction(async (tx) => {
    const [county] = await tx.$queryRaw<{ consulateId: string }[]>`
      SELECT "consulate_id"::text AS "consulateId" FROM "jurisdictions" WHERE "county_fips" = ${fips} FOR UPDATE`;
    if (!county) throw new AppError("not_found", "not_found");
    const select = { id: true, code: true, regionId: true } as const;
    const to = await tx.consulate.findUnique({ where: { id: input.consulateId }, select });
    if (!to) throw new AppError("invalid_body", "invalid_body", { issues: [{ path: "consulateId", message: "unknown_consulate" }] });
    if (to.id === county.consulateId) throw new AppError("invalid_body", "invalid_body", { issues: [{ path: "consulateId", message: "same_consulate" }] });
    const from = await tx.consulate.findUniqueOrThrow({ where: { id: county.consulateId }, select });
    const moved = input.moveOpenCases ? await moveOpenCases(tx, { fips, from, to, reason: input.reason, actorUserId: scope.userId }) : [];
    await tx.jurisdiction.update({ where: { countyFips: fips }, data: { consulateId: to.id, reassignedAt: new Date() } });
    const change = await tx.jurisdictionChange.create({
      data: { countyFips: fips, fromConsulateId: from.id, toConsulateId: to.id, reason: input.reason, movedOpenCases: moved.length, changedById: scope.userId },
      select: { id: true },
    });
    await recordAudit(
      {
        action: "jurisdiction.reassign",
        actorUserId: scope.userId,
        targetType: "jurisdiction",
        targetId: fips,
        data: { from: from.code, to: to.code, changeId: String(change.id), movedOpenCases: moved.length, caseIds: moved.map((m) => m.id) },
      },
      tx,
    );
    return { changeId: String(change.id), from, to, moved };
  });
  await forgetNetwork();
  if (result.moved.length > 0) {
    const { from, to, moved } = result;
    // Those who lost sight of the cases (the old consulate, and its region if they left it), then the new side's summaries.
    const lost = [consulateRoom(from.id)];
    if (from.regionId !== to.regionId) lost.push(regionCasesRoom(from.regionId));
    for (const c of moved) publishToRooms(lost, CASE_TRANSFERRED, { caseId: c.id, caseNumber: c.number, toConsulateCode: to.code });
    await publishCaseChanges("case:updated", moved.map((c) => c.id));
  }
  return { changeId: result.changeId, fromCode: result.from.code, toCode: result.to.code, movedOpenCases: result.moved.length };
};
