import type { CaseDetail } from "@/lib/cases/detail-data";
import { formatCalendarDate } from "@/lib/i18n/format";
import type { MessageKey } from "@/lib/i18n/messages/es";
import { getT } from "@/lib/i18n/server";
import type { ReactNode } from "react";

export const PersonPanel = async ({ person }: { person: CaseDetail["person"] }) => {
  const { t, locale } = await getT();
  const language = person.preferredLanguage === "en" || person.preferredLanguage === "es" ? person.preferredLanguage : null;
  const rows: [MessageKey, ReactNode][] = [
    ["case.person.fullName", person.fullName ?? <span className="muted" data-testid="person-removed">{t("case.person.removed")}</span>],
    ["case.person.birthDate", person.birthDate && formatCalendarDate(person.birthDate, locale)],
    ["case.person.phone", person.phone && <a href={`tel:${person.phone}`}>{person.phone}</a>],
    ["case.person.curp", person.curp && <span className="mono">{person.curp}</span>],
    ["case.person.consularId", person.consularIdNumber && <span className="mono">{person.consularIdNumber}</span>],
    ["case.person.preferredLanguage", language ? t(`case.language.${language}`) : person.preferredLanguage],
    ["case.person.registeredConsulate", person.registeredConsulate],
  ];
  return (
    <section className="panel" aria-labelledby="person-heading">
      <h2 id="person-heading" className="panel__title">
        {t("case.section.person")}
      </h2>
      <dl className="fields" data-testid="case-person">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{t(label)}</dt>
            <dd>{value || <span className="muted">{t("case.notProvided")}</span>}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
};
