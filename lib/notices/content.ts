// The words of a notice, in the staff member's language: what happened, the
// case's number, consulate and priority, and the acknowledgement link. Never
// the person's name, phone, place or anything else of theirs.
import type { CasePriority } from "@/lib/generated/prisma/enums";
import { parseLocale, DEFAULT_LOCALE } from "@/lib/i18n/locale";
import { catalogs } from "@/lib/i18n/messages";
import { translator } from "@/lib/i18n/translate";
import type { NoticeMessage } from "./channels/types";
import type { NoticeReason } from "./enqueue";

export const NOTICE_REASONS: readonly NoticeReason[] = ["UNTAKEN", "ESCALATED", "OFFERED", "CONTACT_OVERDUE", "DURESS", "INCIDENT"];

export const isNoticeReason = (value: string): value is NoticeReason => (NOTICE_REASONS as readonly string[]).includes(value);

export type NoticeSubject = {
  reason: string;
  consulateCode: string;
  /** Null for an incident's notice. */
  caseNumber: string | null;
  priority: CasePriority | null;
};

/** The public address the app is reached at (server.ts fills NEXTAUTH_URL with its own when unset). */
export const publicBaseUrl = () => process.env.NEXTAUTH_URL ?? "http://localhost:3000";

export const noticeLink = (token: string, base = publicBaseUrl()) => `${base.replace(/\/+$/, "")}/n/${token}`;

export const noticeMessage = ({ subject, locale, link, tag }: { subject: NoticeSubject; locale: string; link: string; tag: string }): NoticeMessage => {
  const t = translator(catalogs[parseLocale(locale) ?? DEFAULT_LOCALE]);
  const reason = t(isNoticeReason(subject.reason) ? `notices.reason.${subject.reason}` : "notices.reason.OTHER");
  const what = subject.caseNumber
    ? t("notices.message.case", {
        number: subject.caseNumber,
        consulate: subject.consulateCode,
        priority: subject.priority ? t(`priority.${subject.priority}`) : "",
      })
    : t("notices.message.incident", { consulate: subject.consulateCode });
  return {
    subject: t("notices.message.subject", { reason, what: subject.caseNumber ?? subject.consulateCode }),
    text: t("notices.message.text", { reason, what }),
    url: link,
    tag,
  };
};
