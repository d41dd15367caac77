// The escalation policy at work: the handler of the `escalation` job queue,
// and the backup consulate's take of an offered case. A step's timer is a
// row in "jobs" (the database schedules the first one with the case:
// migration 20261215000300_escalation_timers); the handler locks the case,
// leaves alone a case taken or ended meanwhile, tells the people the step
// names (lib/notices, one row per person and channel), records the step on
// the timeline and schedules the next. A step already on the timeline is not
// taken twice, and the notices' step key makes a repeat tell nobody again.
import "server-only";
import type { EscalationLevel } from "@/lib/generated/prisma/enums";
import type { Tx } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import type { StaffScope } from "@/lib/server/auth/scope";
import { isUuid } from "@/lib/server/ids";
import { scheduleJob, type JobHandler } from "@/lib/server/jobs/queue";
import { isEnded } from "@/lib/cases/lifecycle";
import { consulateRoom, regionCasesRoom } from "@/lib/cases/policy";
import { publishCaseChange, publishToConsulate, publishToRooms } from "@/lib/cases/publish";
import { addTimeline } from "@/lib/cases/timeline";
import { updateCaseAtVersion, writeCase } from "@/lib/cases/write";
import { caseSummarySelect, toCaseSummary } from "@/lib/cases/summary";
import { keyring } from "@/lib/privacy/keys-data";
import { onDutyUserIds } from "@/lib/duty/on-duty";
import { CASE_TRANSFERRED } from "@/lib/legal-aid/events";
import { enqueueStaffNotices, type NoticeReason } from "@/lib/notices/enqueue";
import { wakeNoticeSender } from "@/lib/notices/outbox-signal";
import { OFFER_CHANGED } from "./events";
import { ESCALATION_QUEUE, isBehind, isEscalationStep, LEVEL_OF_STEP, nextStep, stepKey, type EscalationStep } from "./steps";

type LockedCase = {
  id: string;
  number: string;
  status: string;
  ownerId: string | null;
  consulateId: string;
  consulateCode: string;
  regionId: string;
  alertAt: Date;
  contactedAt: Date | null;
  escalationLevel: EscalationLevel | null;
  escalationEnabled: boolean;
  ackRedMinutes: number;
  offerAfterMinutes: number;
  backupConsulateId: string | null;
};

const lockCase = async (tx: Tx, caseId: string) => {
  const [row] = await tx.$queryRaw<LockedCase[]>`
    SELECT c."id"::text, c."number", c."status"::text, c."owner_id"::text AS "ownerId", c."consulate_id"::text AS "consulateId",
      k."code" AS "consulateCode", k."region_id"::text AS "regionId", c."alert_at" AS "alertAt", c."contacted_at" AS "contactedAt",
      c."escalation_level" AS "escalationLevel", k."escalation_enabled" AS "escalationEnabled",
      k."ack_red_minutes" AS "ackRedMinutes", k."offer_after_minutes" AS "offerAfterMinutes",
      k."backup_consulate_id"::text AS "backupConsulateId"
    FROM "cases" c JOIN "consulates" k ON k."id" = c."consulate_id"
    WHERE c."id" = ${caseId}::uuid
    FOR UPDATE OF c`;
  return row ?? null;
};

const REASON: Record<EscalationStep, NoticeReason> = {
  amber: "UNTAKEN",
  red: "ESCALATED",
  duress: "DURESS",
  offer: "OFFERED",
  contact: "CONTACT_OVERDUE",
};

const regionSupervisors = async (tx: Tx, regionId: string) =>
  (await tx.user.findMany({ where: { role: "SUPERVISOR", active: true, regionId }, select: { id: true } })).map((u) => u.id);

const alreadyTaken = async (tx: Tx, caseId: string, step: EscalationStep) =>
  (await tx.caseTimelineEntry.count({ where: { caseId, kind: "ESCALATED", data: { path: ["step"], equals: step } } })) > 0;

/** Whether this step still applies to the case as it is now. */
const applies = async (tx: Tx, row: LockedCase, step: EscalationStep) => {
  if (!row.escalationEnabled || isEnded(row.status as never)) return false;
  if (step === "duress") return true;
  if (step === "contact") {
    if (row.status === "NEW" || row.contactedAt) return false;
    return (await tx.caseContactAttempt.count({ where: { caseId: row.id } })) === 0;
  }
  if (step === "offer" && !row.backupConsulateId) return false;
  return row.status === "NEW" && !isBehind(step, row.escalationLevel);
};

/** Who a step tells: the consulate's on-duty staff, plus the region's supervisors, the owner, or the backup's on-duty staff. */
const recipients = async (tx: Tx, row: LockedCase, step: EscalationStep, now: Date) => {
  if (step === "offer") return onDutyUserIds(tx, { consulateId: row.backupConsulateId!, at: now });
  const onDuty = await onDutyUserIds(tx, { consulateId: row.consulateId, at: now });
  const more =
    step === "red" || step === "duress"
      ? await regionSupervisors(tx, row.regionId)
      : step === "contact" && row.ownerId
        ? [row.ownerId]
        : [];
  return [...new Set([...onDuty, ...more, ...(step === "duress" && row.ownerId ? [row.ownerId] : [])])];
};

const offerCase = async (tx: Tx, row: LockedCase, now: Date) => {
  const backup = await tx.consulate.findUniqueOrThrow({ where: { id: row.backupConsulateId! }, select: { id: true, code: true, regionId: true } });
  const [offer] = await tx.caseOffer.createManyAndReturn({
    data: [{ caseId: row.id, fromConsulateId: row.consulateId, toConsulateId: backup.id, offeredAt: now }],
    skipDuplicates: true,
    select: { id: true },
  });
  if (!offer) return null;
  await addTimeline(tx, { caseId: row.id, kind: "OFFERED_TO_BACKUP", data: { fromConsulateCode: row.consulateCode, toConsulateCode: backup.code } });
  return { offerId: offer.id, backup };
};

export const fireEscalation: JobHandler = async (tx, payload, { now } = { now: new Date() }) => {
  const caseId = String(payload.caseId);
  const step = payload.step;
  if (!isUuid(caseId) || !isEscalationStep(step)) return null;
  const row = await lockCase(tx, caseId);
  if (!row || !(await applies(tx, row, step)) || (await alreadyTaken(tx, caseId, step))) return null;

  const offered = step === "offer" ? await offerCase(tx, row, now) : null;
  if (step === "offer" && !offered) return null;
  const told = await recipients(tx, row, step, now);
  await enqueueStaffNotices(tx, { caseId, userIds: told, reason: REASON[step], stepKey: `escalation:${caseId}:${step}` });
  const level = LEVEL_OF_STEP[step];
  await tx.case.update({ where: { id: caseId }, data: { escalationLevel: level, escalatedAt: now } });
  // The step and how many were told: never who.
  await addTimeline(tx, { caseId, kind: "ESCALATED", data: { step, level, told: told.length } });

  // A taken case under duress has someone on it: the chain of an untaken case does not go on.
  const next =
    row.status === "NEW"
      ? nextStep(step, { alertAt: row.alertAt, ackRedMinutes: row.ackRedMinutes, offerAfterMinutes: row.offerAfterMinutes, hasBackup: !!row.backupConsulateId }, now)
      : null;
  if (next) {
    await scheduleJob(tx, { queue: ESCALATION_QUEUE, key: stepKey(caseId, next.step), runAt: next.runAt, payload: { caseId, step: next.step } });
  }
  return async () => {
    // The step's notices leave now, not at the sender's next poll.
    if (told.length > 0) wakeNoticeSender();
    await publishCaseChange("case:updated", caseId);
    if (offered) {
      publishToConsulate({ consulateId: offered.backup.id, regionId: offered.backup.regionId }, OFFER_CHANGED, {
        offerId: offered.offerId,
        caseId,
        caseNumber: row.number,
        fromConsulateCode: row.consulateCode,
        status: "OPEN",
      });
    }
  };
};

const offerClosed = () => new AppError("conflict", "offer_closed", { details: { reason: "offer_closed" } });

const offerSelect = {
  ...caseSummarySelect,
  consulate: { select: { ...caseSummarySelect.consulate.select, regionId: true } },
} as const;

/**
 * An officer of the backup consulate takes a case offered to it: in one
 * write the offer is taken and the case becomes that consulate's, theirs,
 * and acknowledged. An offer no longer open (the case's own consulate took it
 * first, which withdrew it) or made to another consulate is a 404.
 */
export const takeOffer = ({ scope, offerId }: { scope: StaffScope; offerId: string }) => {
  if (!isUuid(offerId) || !scope.consulateId) throw new AppError("not_found", "not_found");
  const toConsulateId = scope.consulateId;
  return writeCase(
    {
      scope,
      select: offerSelect,
      // Seen through the offer: the case is not the taker's consulate's until this write.
      where: { offers: { some: { id: offerId, toConsulateId, status: "OPEN" } } },
      policy: () => {
        if (scope.role !== "OFFICER") throw new AppError("forbidden", "role", { details: { reason: "role" } });
      },
    },
    async ({ tx, row, afterCommit }) => {
      // The case first, then the offer: the order of the origin's take (whose trigger withdraws the offer), so neither waits on the other in a circle.
      const [locked] = await tx.$queryRaw<{ status: string; version: number }[]>`
        SELECT "status"::text, "version" FROM "cases" WHERE "id" = ${row.id}::uuid FOR UPDATE`;
      const now = new Date();
      const { count } = await tx.caseOffer.updateMany({
        where: { id: offerId, status: "OPEN" },
        data: { status: "TAKEN", decidedAt: now, decidedById: scope.userId },
      });
      // Taken by its own consulate meantime: nothing of the case is said, it is no longer this consulate's to see.
      if (count === 0 || locked.status !== "NEW") throw offerClosed();
      const offer = await tx.caseOffer.findUniqueOrThrow({
        where: { id: offerId },
        select: { fromConsulate: { select: { id: true, code: true, regionId: true } }, toConsulate: { select: { code: true, regionId: true } } },
      });
      await updateCaseAtVersion(tx, {
        caseId: row.id,
        // As locked: a location that arrived since the page was read does not refuse the take.
        version: locked.version,
        data: { consulateId: toConsulateId, ownerId: scope.userId, status: "ACKNOWLEDGED", acknowledgedAt: now, escalationLevel: null, escalatedAt: null },
      });
      await addTimeline(tx, {
        caseId: row.id,
        kind: "OFFER_TAKEN",
        actorUserId: scope.userId,
        data: { fromConsulateCode: offer.fromConsulate.code, toConsulateCode: offer.toConsulate.code },
      });
      // The origin consulate lost sight of the case (and its region, if the backup is in another).
      const lost = [consulateRoom(offer.fromConsulate.id)];
      if (offer.fromConsulate.regionId !== offer.toConsulate.regionId) lost.push(regionCasesRoom(offer.fromConsulate.regionId));
      const notice = { caseId: row.id, caseNumber: row.number, toConsulateCode: offer.toConsulate.code };
      afterCommit(() => publishToRooms(lost, CASE_TRANSFERRED, notice));
      afterCommit(() =>
        publishToConsulate({ consulateId: toConsulateId, regionId: offer.toConsulate.regionId }, OFFER_CHANGED, {
          offerId,
          caseId: row.id,
          caseNumber: row.number,
          fromConsulateCode: offer.fromConsulate.code,
          status: "TAKEN",
        }),
      );
      return toCaseSummary(await keyring(), await tx.case.findUniqueOrThrow({ where: { id: row.id }, select: caseSummarySelect }));
    },
  );
};
