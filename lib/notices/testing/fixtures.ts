// Builders for the notices' tests: a queued notice and its link's token, a
// browser's push subscription.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/server/db";
import { enqueueStaffNotices, type NoticeReason } from "../enqueue";
import { hashNoticeToken, noticeToken } from "../token";
import { pushKeys } from "./receivers";

/** Queues one step's notices for `userId` about a case (they keep e-mail on, as by default); returns one notice and its link's token. */
export const queueNotice = async ({ caseId, userId, reason = "UNTAKEN" }: { caseId: string; userId: string; reason?: NoticeReason }) => {
  const stepKey = `test:${caseId}:${randomUUID()}`;
  await db.$transaction((tx) => enqueueStaffNotices(tx, { caseId, userIds: [userId], reason, stepKey }));
  const notice = await db.staffNotice.findFirstOrThrow({ where: { stepKey, userId }, orderBy: { channel: "asc" }, select: { id: true, stepKey: true } });
  return { ...notice, token: noticeToken(notice.id) };
};

/**
 * One sent SMS notice to `userId`, written in one statement (no transaction
 * of its own: suites that build many worlds at once keep the pool free).
 */
export const createNotice = async ({ caseId, userId, reason = "UNTAKEN" }: { caseId: string; userId: string; reason?: NoticeReason }) => {
  const id = randomUUID();
  const token = noticeToken(id);
  await db.staffNotice.create({
    data: { id, caseId, userId, channel: "SMS", stepKey: `test:${caseId}:${id}`, reason, status: "SENT", attempts: 1, sentAt: new Date(), ackTokenHash: hashNoticeToken(token) },
  });
  return { id, token };
};

/** What a browser's PushSubscription.toJSON() gives, at a push service's address. */
export const pushSubscriptionBody = (label = "Firefox") => {
  const keys = pushKeys();
  return { endpoint: `https://push.example.com/wpush/v2/${randomUUID()}`, keys: { p256dh: keys.p256dh, auth: keys.auth }, expirationTime: null, label };
};

export const createPushDevice = async (userId: string) => {
  const body = pushSubscriptionBody();
  return db.pushSubscription.create({ data: { userId, endpoint: body.endpoint, p256dh: body.keys.p256dh, auth: body.keys.auth, label: body.label } });
};
