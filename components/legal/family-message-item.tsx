"use client";
import type { FamilyTemplate } from "@/lib/family/templates";
import { useT } from "@/lib/i18n/client";
import { formatDateTime } from "@/lib/i18n/format";
import type { FamilyMessage } from "@/lib/legal-aid/types";
import { useLegalWrite } from "./use-legal-write";

type FamilyMessageItemProps = { message: FamilyMessage; contactName: string; userId: string; timeZone: string; writable: boolean };

const TAGS: Partial<Record<FamilyMessage["status"], string>> = { SENT: "state-tag state-tag--ok", FAILED: "state-tag state-tag--bad" };

/** One update: the exact text, its delivery state, and (while a draft) approve or discard. */
export const FamilyMessageItem = ({ message, contactName, userId, timeZone, writable }: FamilyMessageItemProps) => {
  const { t, locale } = useT();
  const write = useLegalWrite();
  const draft = message.status === "DRAFT";
  const retrying = message.status === "APPROVED" && message.attempts > 0;
  const mine = message.createdById === userId;
  return (
    <li className="work-log__item" data-testid="family-message" data-status={message.status}>
      <p className="work-log__head">
        <strong>{t(`legal.template.${message.template as FamilyTemplate}`)}</strong> · {contactName} · {t(`case.language.${message.locale === "en" ? "en" : "es"}`)}{" "}
        <span className={TAGS[message.status] ?? "state-tag"} data-testid="family-message-status">
          {t(retrying ? "legal.messageStatus.RETRYING" : `legal.messageStatus.${message.status}`)}
        </span>
      </p>
      <p className="sms-preview" lang={message.locale}>
        {message.body}
      </p>
      <p className="work-log__meta">
        <time dateTime={message.createdAt}>{formatDateTime(message.createdAt, { locale, timeZone })}</time>
        {message.sentAt && ` · ${t("legalPanel.family.sentAt", { at: formatDateTime(message.sentAt, { locale, timeZone }) })}`}
        {message.attempts > 0 && !message.sentAt && ` · ${t("legalPanel.family.attempts", { count: message.attempts })}`}
      </p>
      {draft && writable && (
        <div className="item-actions">
          {message.approvable ? (
            <button type="button" className="button button--primary button--small" disabled={write.pending} onClick={() => void write.send("POST", `/api/v1/family-messages/${message.id}/approve`)}>
              {t("legalPanel.family.approve")}
            </button>
          ) : (
            <p className="field__hint" data-testid="approval-note">
              {t(mine ? "legalPanel.family.ownDraft" : "caseWork.error.role")}
            </p>
          )}
          <button type="button" className="button button--quiet button--small" disabled={write.pending} onClick={() => void write.send("POST", `/api/v1/family-messages/${message.id}/discard`)}>
            {t("legalPanel.family.discard")}
          </button>
        </div>
      )}
      <div role="alert" className="form__error">
        {write.error}
      </div>
    </li>
  );
};
