"use client";
import { useT } from "@/lib/i18n/client";
import type { LegalDetail } from "@/lib/legal-aid/types";
import { ContactLanguageSelect } from "./contact-language-select";
import { FamilyDraftForm } from "./family-draft-form";
import { FamilyMessageItem } from "./family-message-item";

type FamilyPanelProps = { caseId: string; detail: LegalDetail; userId: string; timeZone: string };

/** Updates to the family by SMS: each contact's language, a draft from a template, and every message's state. */
export const FamilyPanel = ({ caseId, detail, userId, timeZone }: FamilyPanelProps) => {
  const { t } = useT();
  const nameOf = (contactId: string) => detail.contacts.find((c) => c.id === contactId)?.name ?? "";
  return (
    <section className="panel" aria-labelledby="family-heading" data-testid="family">
      <h2 id="family-heading" className="panel__title">
        {t("legalPanel.family.title")}
      </h2>
      {detail.contacts.length > 0 && (
        <ul className="work-log">
          {detail.contacts.map((contact) => (
            <li key={contact.id} className="work-log__item">
              <p className="work-log__head">
                <strong>{contact.name}</strong> · {contact.phone ?? t("case.notProvided")}
              </p>
              <ContactLanguageSelect caseId={caseId} contact={contact} writable={detail.writable} />
            </li>
          ))}
        </ul>
      )}
      {detail.writable && <FamilyDraftForm caseId={caseId} contacts={detail.contacts} hearings={detail.hearings} timeZone={timeZone} />}
      {detail.familyMessages.length === 0 ? (
        <p className="muted">{t("legalPanel.family.empty")}</p>
      ) : (
        <ul className="work-log" aria-label={t("legalPanel.family.listLabel")}>
          {detail.familyMessages.map((message) => (
            <FamilyMessageItem
              key={message.id}
              message={message}
              contactName={nameOf(message.contactId)}
              userId={userId}
              timeZone={timeZone}
              writable={detail.writable}
            />
          ))}
        </ul>
      )}
    </section>
  );
};
