import type { CaseDetail } from "@/lib/cases/detail-data";
import { formatDateTime } from "@/lib/i18n/format";
import { contactResultKey, relationshipKey } from "@/lib/i18n/labels";
import { getT } from "@/lib/i18n/server";
import { ContactAttemptForm, type ContactChoice } from "./contact-attempt-form";

type ContactLogPanelProps = { detail: CaseDetail; timeZone: string; canLog: boolean };

const REACHED = new Set(["REACHED_PERSON", "REACHED_RELATIVE"]);

/** Every call made for this case, newest first, and the form to log the next one. */
export const ContactLogPanel = async ({ detail, timeZone, canLog }: ContactLogPanelProps) => {
  const { t, locale } = await getT();
  const attempts = detail.contactAttempts;
  // The person first, then whoever the phone alerted: the usual people to call.
  const choices: ContactChoice[] = [
    // A purged person (retention) has no name to call by.
    ...(detail.person.fullName
      ? [{ key: "person", name: detail.person.fullName, phone: detail.person.phone, label: t("caseWork.contactForm.quickPerson", { name: detail.person.fullName }) }]
      : []),
    ...detail.contacts.map((contact) => {
      const key = contact.relationship ? relationshipKey(contact.relationship) : null;
      const relationship = key ? t(key) : contact.relationship;
      return {
        key: `contact-${contact.id}`,
        name: contact.name,
        phone: contact.phone,
        label: relationship ? t("caseWork.contactForm.quickContact", { name: contact.name, relationship }) : contact.name,
      };
    }),
  ];
  return (
    <section className="panel" aria-labelledby="contact-log-heading" data-testid="contact-log">
      <h2 id="contact-log-heading" className="panel__title">
        {t("caseWork.contactLog.title")}
      </h2>
      <ContactAttemptForm caseId={detail.summary.id} choices={choices} allowed={canLog} />
      {attempts.length === 0 ? (
        <p className="muted">{t("caseWork.contactLog.empty")}</p>
      ) : (
        <ol className="work-log" aria-label={t("caseWork.contactLog.count", { count: attempts.length })}>
          {attempts.map((attempt) => (
            <li key={attempt.id} className="work-log__item" data-testid="contact-attempt" data-result={attempt.result}>
              <div className="work-log__head">
                <strong>{attempt.contactName}</strong>
                {attempt.phone && (
                  <a href={`tel:${attempt.phone}`} className="mono">
                    {attempt.phone}
                  </a>
                )}
                <span className={REACHED.has(attempt.result) ? "result-badge result-badge--reached" : "result-badge"}>
                  {t(contactResultKey(attempt.result))}
                </span>
              </div>
              {attempt.notes && <p className="work-log__body">{attempt.notes}</p>}
              <p className="work-log__meta">
                {t("caseWork.contactLog.by", { name: attempt.authorName })} ·{" "}
                <time dateTime={attempt.createdAt}>{formatDateTime(attempt.createdAt, { locale, timeZone })}</time>
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
};
