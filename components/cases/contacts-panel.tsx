import type { CaseDetail } from "@/lib/cases/detail-data";
import { relationshipKey } from "@/lib/i18n/labels";
import { getT } from "@/lib/i18n/server";
import type { Translate } from "@/lib/i18n/translate";

const relationshipText = (relationship: string, t: Translate) => {
  const key = relationshipKey(relationship);
  return key ? t(key) : relationship;
};

export const ContactsPanel = async ({ contacts }: { contacts: CaseDetail["contacts"] }) => {
  const { t } = await getT();
  return (
    <section className="panel" aria-labelledby="contacts-heading">
      <h2 id="contacts-heading" className="panel__title">
        {t("case.section.contacts")}
      </h2>
      {contacts.length === 0 ? (
        <p className="muted">{t("case.contacts.none")}</p>
      ) : (
        <table className="data-table" aria-labelledby="contacts-heading">
          <thead>
            <tr>
              <th scope="col">{t("case.contacts.name")}</th>
              <th scope="col">{t("case.contacts.relationship")}</th>
              <th scope="col">{t("case.contacts.phone")}</th>
              <th scope="col">{t("case.contacts.notified")}</th>
            </tr>
          </thead>
          <tbody>
            {contacts.map((contact) => (
              <tr key={contact.id}>
                <th scope="row">{contact.name}</th>
                <td>
                  {contact.relationship ? (
                    relationshipText(contact.relationship, t)
                  ) : (
                    <span className="muted">{t("case.notProvided")}</span>
                  )}
                </td>
                <td>
                  {contact.phone ? (
                    <a href={`tel:${contact.phone}`}>{contact.phone}</a>
                  ) : (
                    <span className="muted">{t("case.notProvided")}</span>
                  )}
                </td>
                <td>{contact.notified ? t("common.yes") : t("common.no")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
};
