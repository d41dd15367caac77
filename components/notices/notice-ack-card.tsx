"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { PriorityBadge } from "@/components/ui/priority-badge";
import { StatusBadge } from "@/components/ui/status-badge";
import type { CaseSummary } from "@/lib/cases/events";
import { request } from "@/lib/client/request";
import { useT } from "@/lib/i18n/client";
import { formatDateTime } from "@/lib/i18n/format";
import type { MessageKey } from "@/lib/i18n/messages/es";
import { statusKey } from "@/lib/i18n/labels";
import type { NoticeView } from "@/lib/notices/types";

const REASONS = ["UNTAKEN", "ESCALATED", "OFFERED", "CONTACT_OVERDUE", "DURESS", "INCIDENT"];
const reasonKey = (reason: string): MessageKey => (REASONS.includes(reason) ? (`notices.reason.${reason}` as MessageKey) : "notices.reason.OTHER");

/** What a notice is about, and its two answers: acknowledge it, and (an officer of the case's consulate, a new case) take the case. */
export const NoticeAckCard = ({ token, notice, timeZone }: { token: string; notice: NoticeView; timeZone: string }) => {
  const { t, locale } = useT();
  const router = useRouter();
  const [acknowledgedAt, setAcknowledgedAt] = useState(notice.acknowledgedAt);
  const [pending, setPending] = useState<"ack" | "take" | null>(null);
  const [error, setError] = useState<string | null>(null);
  const c = notice.case;

  const acknowledge = async () => {
    if (acknowledgedAt) return true;
    const result = await request<{ acknowledgedAt: string }>("POST", `/api/v1/notices/${encodeURIComponent(token)}/acknowledge`, { body: {} });
    if (result.ok) setAcknowledgedAt(result.data.acknowledgedAt);
    else if (result.failure.kind === "unauthorized") router.refresh();
    else setError(t("notices.ack.failed"));
    return result.ok;
  };

  const onAcknowledge = async () => {
    setPending("ack");
    setError(null);
    await acknowledge();
    setPending(null);
  };

  // Taking answers the notice too: the step is acknowledged, then the case taken with the version shown.
  const onTake = async () => {
    if (!c) return;
    setPending("take");
    setError(null);
    if (await acknowledge()) {
      const result = await request<{ case: CaseSummary }>("POST", `/api/v1/cases/${c.id}/transitions`, { body: { to: "ACKNOWLEDGED", version: c.version } });
      if (result.ok) return router.push(`/cases/${c.id}`);
      const { failure } = result;
      if (failure.kind === "conflict" && failure.currentStatus && failure.currentStatus !== "NEW") {
        setError(t("notices.ack.takeFailed", { reason: t(statusKey(failure.currentStatus)) }));
      } else setError(t("notices.ack.takeStale"));
    }
    setPending(null);
  };

  const reason = t(reasonKey(notice.reason));
  return (
    <section className="panel notice-ack" aria-labelledby="notice-heading" data-testid="notice-ack">
      <h1 id="notice-heading" className="panel__title">
        {t("notices.ack.heading", { reason })}
      </h1>
      <dl className="facts notice-ack__facts">
        {c ? (
          <div>
            <dt>{t("notices.ack.case")}</dt>
            <dd className="notice-ack__number" data-testid="notice-case-number">
              {c.number}
            </dd>
          </div>
        ) : (
          <div>
            <dt>{t("notices.ack.incident")}</dt>
            <dd>{notice.consulateCode}</dd>
          </div>
        )}
        <div>
          <dt>{t("notices.ack.consulate")}</dt>
          <dd>{notice.consulateCode}</dd>
        </div>
        {c && (
          <>
            <div>
              <dt>{t("notices.ack.priority")}</dt>
              <dd>
                <PriorityBadge priority={c.priority} />
              </dd>
            </div>
            <div>
              <dt>{t("notices.ack.status")}</dt>
              <dd>
                <StatusBadge status={c.status} />
              </dd>
            </div>
          </>
        )}
        <div>
          <dt>{t("notices.ack.sentAt")}</dt>
          <dd>
            <time dateTime={notice.sentAt}>{formatDateTime(notice.sentAt, { locale, timeZone })}</time>
          </dd>
        </div>
      </dl>
      <div className="notice-ack__actions">
        {acknowledgedAt ? (
          <p role="status" className="notice-ack__done" data-testid="notice-acknowledged">
            {t("notices.ack.acknowledged", { at: formatDateTime(acknowledgedAt, { locale, timeZone }) })}
          </p>
        ) : (
          <button type="button" className="button button--primary" disabled={pending !== null} aria-busy={pending === "ack"} onClick={() => void onAcknowledge()}>
            {t("notices.ack.acknowledge")}
          </button>
        )}
        {notice.canTake && (
          <button type="button" className="button button--primary" disabled={pending !== null} aria-busy={pending === "take"} onClick={() => void onTake()}>
            {t("notices.ack.take")}
          </button>
        )}
        {!c && notice.incidentId && (
          <Link prefetch={false} href={`/incidents/${notice.incidentId}`} className="button">
            {t("notices.ack.openIncident")}
          </Link>
        )}
        {c && notice.canOpen && (
          <Link prefetch={false} href={`/cases/${c.id}`} className="button">
            {t("notices.ack.open")}
          </Link>
        )}
      </div>
      <div role="alert" className="form__error" data-testid="notice-error">
        {error}
      </div>
    </section>
  );
};
