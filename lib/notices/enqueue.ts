// Queues the notices of one escalation step: for each person, one row per
// channel they keep (SMS to their mobile, e-mail, each Web Push device they
// opted in). The step key makes the same step queued twice notify once. The
// rows go out with the caller's transaction; the sender loop (./outbox.ts)
// delivers them on its next poll, or at once when the caller wakes it after
// its commit (afterCommit(wakeNoticeSender), ./outbox-signal.ts). A channel
// this server has off (e-mail in production without SMTP_URL, push without
// VAPID keys) gets no rows.
import "server-only";
import { randomUUID } from "node:crypto";
import type { NoticeChannel } from "@/lib/generated/prisma/enums";
import type { Tx } from "@/lib/server/db";
import { emailEnabled, vapidSettings } from "./channels";
import { hashNoticeToken, noticeToken } from "./token";

/** Why a person is told: the step of the policy (lib/escalation) or an incident. */
export type NoticeReason = "UNTAKEN" | "ESCALATED" | "OFFERED" | "CONTACT_OVERDUE" | "DURESS" | "INCIDENT";

export type NoticeRequest = {
  /** The case the notice is about (or the incident, for an incident's notice). */
  caseId?: string;
  incidentId?: string;
  userIds: readonly string[];
  reason: NoticeReason;
  /** Unique per step of one case or incident, e.g. `escalation:<caseId>:red`. */
  stepKey: string;
};

type Row = { userId: string; channel: NoticeChannel; pushSubscriptionId: string | null };

/** Returns how many notices were queued (0 when the step was queued before, or nobody has a channel). */
export const enqueueStaffNotices = async (tx: Tx, { caseId, incidentId, userIds, reason, stepKey }: NoticeRequest) => {
  if (userIds.length === 0) return 0;
  const users = await tx.user.findMany({
    where: { id: { in: [...userIds] }, active: true },
    select: {
      id: true,
      mobilePhone: true,
      notifySms: true,
      notifyEmail: true,
      pushSubscriptions: { where: { goneAt: null }, select: { id: true } },
    },
  });
  const email = emailEnabled();
  const push = vapidSettings() !== null;
  const rows: Row[] = users.flatMap((user) => [
    ...(user.notifySms && user.mobilePhone ? [{ userId: user.id, channel: "SMS" as const, pushSubscriptionId: null }] : []),
    // Every account has an address: the notice e-mail, or the sign-in one.
    ...(email && user.notifyEmail ? [{ userId: user.id, channel: "EMAIL" as const, pushSubscriptionId: null }] : []),
    ...(push ? user.pushSubscriptions : []).map((s) => ({ userId: user.id, channel: "PUSH" as const, pushSubscriptionId: s.id })),
  ]);
  if (rows.length === 0) return 0;
  const { count } = await tx.staffNotice.createMany({
    data: rows.map((row) => {
      const id = randomUUID();
      return { id, caseId, incidentId, ...row, stepKey, reason, ackTokenHash: hashNoticeToken(noticeToken(id)) };
    }),
    skipDuplicates: true,
  });
  return count;
};
