// The staff-notice outbox's sender. Like the family outbox
// (lib/family/outbox.ts) it claims due rows in one statement (FOR UPDATE SKIP
// LOCKED, status SENDING with a lease), so two senders never take the same
// notice, and a lease that expires (the sender died mid-send) makes it
// claimable again. Each notice goes out by its own channel; a failure is
// recorded on that row alone (retry with a backoff, FAILED after the last
// attempt), so one channel failing never holds up the others.
import "server-only";
import { db } from "@/lib/server/db";
import { publishCaseChange } from "@/lib/cases/publish";
import { startPollingLoop } from "@/lib/server/polling-loop";
import { empty, sql } from "@/lib/server/sql";
import { getNoticeChannels } from "./channels";
import { NoticeSendError, type NoticeChannels, type NoticeRecipient } from "./channels/types";
import { noticeLink, noticeMessage } from "./content";
import { noticeOutboxSignal } from "./outbox-signal";
import { noticeToken } from "./token";

export const MAX_NOTICE_ATTEMPTS = 4;
const LEASE_SECONDS = 60;
/** 20 s, 40 s, 80 s: a notice is urgent, so the retries come soon and end soon. */
export const noticeRetryDelaySeconds = (attempts: number) => Math.min(600, 20 * 2 ** (attempts - 1));

type Claimed = { id: string; attempts: number };

// `caseIds` keeps a batch to some cases' notices (a test's own, beside other suites' rows).
const claimBatch = (limit: number, caseIds?: readonly string[]) =>
  db.$queryRaw<Claimed[]>`
    UPDATE "staff_notices" SET "status" = 'SENDING', "attempts" = "attempts" + 1,
      "locked_until" = now() + make_interval(secs => ${LEASE_SECONDS}), "updated_at" = now()
    WHERE "id" IN (
      SELECT "id" FROM "staff_notices"
      WHERE (("status" = 'QUEUED' AND "next_attempt_at" <= now())
         OR ("status" = 'SENDING' AND "locked_until" < now()))
        ${caseIds ? sql`AND "case_id" = ANY(${[...caseIds]}::uuid[])` : empty}
      ORDER BY "next_attempt_at" LIMIT ${limit}
      FOR UPDATE SKIP LOCKED)
    RETURNING "id", "attempts"`;

const loadNotices = (ids: string[]) =>
  db.staffNotice.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      channel: true,
      reason: true,
      caseId: true,
      pushSubscriptionId: true,
      user: { select: { email: true, noticeEmail: true, mobilePhone: true, locale: true } },
      pushSubscription: { select: { endpoint: true, p256dh: true, auth: true, goneAt: true } },
      case: { select: { number: true, priority: true, consulate: { select: { code: true } } } },
      incident: { select: { consulate: { select: { code: true } } } },
    },
  });

type Notice = Awaited<ReturnType<typeof loadNotices>>[number];
type Outcome = { sent: true } | { sent: false; error: NoticeSendError; final: boolean };

const recipientOf = (notice: Notice): NoticeRecipient => ({
  noticeId: notice.id,
  phone: notice.user.mobilePhone,
  email: notice.user.noticeEmail ?? notice.user.email,
  push: notice.pushSubscription && !notice.pushSubscription.goneAt ? notice.pushSubscription : null,
});

const messageOf = (notice: Notice) =>
  noticeMessage({
    subject: {
      reason: notice.reason,
      consulateCode: notice.case?.consulate.code ?? notice.incident?.consulate.code ?? "",
      caseNumber: notice.case?.number ?? null,
      priority: notice.case?.priority ?? null,
    },
    locale: notice.user.locale,
    link: noticeLink(noticeToken(notice.id)),
    // One notification per case or incident on a device: a newer one replaces it.
    tag: `amparo-${notice.caseId ?? notice.id}`,
  });

const send = async (channels: NoticeChannels, notice: Notice): Promise<void> => {
  const channel = channels[notice.channel];
  if (!channel) throw new NoticeSendError("channel_off", `${notice.channel} is off on this server`, false);
  await channel(recipientOf(notice), messageOf(notice));
};

const recordOutcome = async (notice: Notice, attempts: number, outcome: Outcome) => {
  const now = new Date();
  // Only the holder of the claim records it (still SENDING, at its attempt).
  const { count } = await db.staffNotice.updateMany({
    where: { id: notice.id, status: "SENDING", attempts },
    data: outcome.sent
      ? { status: "SENT", sentAt: now, lockedUntil: null, lastError: null }
      : {
          status: outcome.final ? "FAILED" : "QUEUED",
          lastError: outcome.error.message.slice(0, 300),
          lockedUntil: null,
          ...(!outcome.final && { nextAttemptAt: new Date(now.getTime() + noticeRetryDelaySeconds(attempts) * 1000) }),
        },
  });
  if (count === 0 || !notice.pushSubscriptionId) return;
  if (outcome.sent) await db.pushSubscription.update({ where: { id: notice.pushSubscriptionId }, data: { lastSentAt: now } });
  else if (outcome.error.code === "gone") await db.pushSubscription.updateMany({ where: { id: notice.pushSubscriptionId, goneAt: null }, data: { goneAt: now } });
};

/** Claims up to `limit` due notices and sends each once. */
export const sendNoticeBatch = async ({
  channels = getNoticeChannels(),
  limit = 20,
  caseIds,
}: { channels?: NoticeChannels; limit?: number; caseIds?: readonly string[] } = {}) => {
  const claimed = await claimBatch(limit, caseIds);
  if (claimed.length === 0) return { claimed: 0, sent: 0, failed: 0 };
  const attemptsOf = new Map(claimed.map((row) => [row.id, row.attempts]));
  const notices = await loadNotices(claimed.map((row) => row.id));
  // Each channel's sends run side by side: a slow SMTP server holds up no push.
  const outcomes = await Promise.all(
    notices.map(async (notice) => {
      const attempts = attemptsOf.get(notice.id)!;
      let outcome: Outcome;
      try {
        await send(channels, notice);
        outcome = { sent: true };
      } catch (error) {
        const failure = error instanceof NoticeSendError ? error : new NoticeSendError("failed", (error as Error).message ?? "send failed", true);
        outcome = { sent: false, error: failure, final: !failure.retryable || attempts >= MAX_NOTICE_ATTEMPTS };
      }
      await recordOutcome(notice, attempts, outcome);
      return outcome.sent;
    }),
  );
  // The case's notice panel shows the new states.
  for (const caseId of new Set(notices.flatMap((n) => (n.caseId ? [n.caseId] : [])))) await publishCaseChange("case:updated", caseId);
  const sent = outcomes.filter(Boolean).length;
  return { claimed: claimed.length, sent, failed: outcomes.length - sent };
};

/** The sender loop started by server.ts; a queued notice wakes it early. */
export const startNoticeSender = ({ intervalMs = 5_000, channels }: { intervalMs?: number; channels?: NoticeChannels } = {}) =>
  startPollingLoop({ name: "notice sender", intervalMs, signal: noticeOutboxSignal, runBatch: async () => (await sendNoticeBatch({ channels })).claimed });
