// Reads of staff notices: the one a link names (only to its own addressee),
// and a case's outbox (to whoever may read the case).
import "server-only";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { isUuid } from "@/lib/server/ids";
import type { StaffScope } from "@/lib/server/auth/scope";
import { caseWhereForScope } from "@/lib/cases/policy";
import { checkAction } from "@/lib/cases/lifecycle";
import { hashNoticeToken } from "./token";
import type { CaseNotice, NoticeErrorCode, NoticeView } from "./types";

const ERROR_CODES: readonly NoticeErrorCode[] = ["rejected", "unreachable", "gone", "no_address", "channel_off", "failed"];

/** The outbox's last_error is `code: detail`; the panel words the code. */
export const readLastError = (lastError: string | null) => {
  if (!lastError) return null;
  const [code, ...detail] = lastError.split(": ");
  const known = (ERROR_CODES as readonly string[]).includes(code) ? (code as NoticeErrorCode) : "failed";
  return { code: known, detail: known === code ? detail.join(": ") : lastError };
};

/** The notice behind a link, if it is the signed-in user's; null otherwise (the page says not found). */
export const getNoticeByToken = async (scope: StaffScope, token: string): Promise<NoticeView | null> => {
  const notice = await db.staffNotice.findFirst({
    where: { ackTokenHash: hashNoticeToken(token), userId: scope.userId },
    select: {
      reason: true,
      stepKey: true,
      createdAt: true,
      case: { select: { id: true, number: true, priority: true, status: true, version: true, ownerId: true, duress: true, rescinded: true, consulateId: true, consulate: { select: { code: true } } } },
      incident: { select: { id: true, consulate: { select: { code: true } } } },
    },
  });
  if (!notice) return null;
  // The step is acknowledged once, whichever of its channels' links is used.
  const acknowledged = await db.staffNotice.findFirst({
    where: { stepKey: notice.stepKey, userId: scope.userId, acknowledgedAt: { not: null } },
    select: { acknowledgedAt: true },
  });
  const c = notice.case;
  // Taking it: an officer of its own consulate, under the lifecycle's rule.
  const canTake =
    c !== null &&
    scope.consulateId === c.consulateId &&
    checkAction({ userId: scope.userId, role: scope.role }, { status: c.status, ownerId: c.ownerId, duress: c.duress, rescinded: c.rescinded }, { kind: "transition", to: "ACKNOWLEDGED" }) === null;
  return {
    reason: notice.reason,
    sentAt: notice.createdAt.toISOString(),
    acknowledgedAt: acknowledged?.acknowledgedAt?.toISOString() ?? null,
    consulateCode: c?.consulate.code ?? notice.incident?.consulate.code ?? "",
    case: c && { id: c.id, number: c.number, priority: c.priority, status: c.status, version: c.version },
    incidentId: notice.incident?.id ?? null,
    canTake,
    // The case page is open to those who read the case (a notified supervisor of its region, its consulate's staff).
    canOpen: c !== null && (await db.case.count({ where: { AND: [{ id: c.id }, caseWhereForScope(scope)] } })) > 0,
  };
};

/** A case's staff notices, newest first, for whoever may read the case. */
export const listCaseNotices = async (scope: StaffScope, caseId: string): Promise<CaseNotice[]> => {
  if (!isUuid(caseId)) throw new AppError("not_found", "not_found");
  const visible = await db.case.findFirst({ where: { AND: [{ id: caseId }, caseWhereForScope(scope)] }, select: { id: true } });
  if (!visible) throw new AppError("not_found", "not_found");
  const rows = await db.staffNotice.findMany({
    where: { caseId },
    orderBy: [{ createdAt: "desc" }, { userId: "asc" }, { channel: "asc" }],
    take: 200,
    select: {
      id: true,
      channel: true,
      status: true,
      reason: true,
      attempts: true,
      lastError: true,
      sentAt: true,
      acknowledgedAt: true,
      createdAt: true,
      user: { select: { id: true, name: true } },
      pushSubscription: { select: { label: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    user: row.user,
    channel: row.channel,
    device: row.pushSubscription?.label ?? null,
    status: row.status,
    reason: row.reason,
    attempts: row.attempts,
    lastError: readLastError(row.lastError),
    sentAt: row.sentAt?.toISOString() ?? null,
    acknowledgedAt: row.acknowledgedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  }));
};
