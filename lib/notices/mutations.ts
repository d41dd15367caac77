// Acknowledging a notice from its link. The token's owner acknowledges every
// channel's notice of that step at once (the SMS, the e-mail and the push of
// one escalation are one call for help); the case's timeline gets one entry,
// however often the link is opened.
import "server-only";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import type { StaffScope } from "@/lib/server/auth/scope";
import { addTimeline } from "@/lib/cases/timeline";
import { writeCase } from "@/lib/cases/write";
import type { Tx } from "@/lib/server/db";
import { hashNoticeToken } from "./token";

const markStep = async (tx: Tx, { scope, stepKey, now }: { scope: StaffScope; stepKey: string; now: Date }) => {
  const { count } = await tx.staffNotice.updateMany({ where: { stepKey, userId: scope.userId, acknowledgedAt: null }, data: { acknowledgedAt: now } });
  return count;
};

/** Returns when the step was acknowledged (now, or the first time). */
export const acknowledgeNotice = async ({ scope, token }: { scope: StaffScope; token: string }) => {
  const ackTokenHash = hashNoticeToken(token);
  const notice = await db.staffNotice.findFirst({
    where: { ackTokenHash, userId: scope.userId },
    select: { id: true, caseId: true, stepKey: true, reason: true, channel: true },
  });
  // Someone else's link is a link to nothing.
  if (!notice) throw new AppError("not_found", "not_found");
  const now = new Date();
  const first = notice.caseId
    ? // Found through the notice, not the reader's scope: a supervisor of the
      // region, or a backup consulate's officer, acknowledges a case they were told of.
      await writeCase({ scope, where: { id: notice.caseId, staffNotices: { some: { ackTokenHash, userId: scope.userId } } }, select: { id: true, version: true } }, async ({ tx, row }) => {
        const marked = await markStep(tx, { scope, stepKey: notice.stepKey, now });
        if (marked > 0) {
          await addTimeline(tx, {
            caseId: row.id,
            kind: "NOTICE_ACKNOWLEDGED",
            actorUserId: scope.userId,
            data: { noticeId: notice.id, reason: notice.reason, channel: notice.channel, stepKey: notice.stepKey },
          });
        }
        return marked > 0;
      })
    : (await db.$transaction((tx) => markStep(tx, { scope, stepKey: notice.stepKey, now }))) > 0;
  if (first) return { acknowledgedAt: now.toISOString(), first };
  const earlier = await db.staffNotice.findFirst({
    where: { stepKey: notice.stepKey, userId: scope.userId, acknowledgedAt: { not: null } },
    orderBy: { acknowledgedAt: "asc" },
    select: { acknowledgedAt: true },
  });
  return { acknowledgedAt: (earlier?.acknowledgedAt ?? now).toISOString(), first };
};
