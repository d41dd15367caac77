import { formatCalendarDate, formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locale";
import { getT } from "@/lib/i18n/server";
import { formatANumber } from "@/lib/legal-aid/a-number";
import type { SubjectRecord } from "@/lib/subjects/data";

type Props = { person: SubjectRecord["person"]; timeZone: string };

const FIELDS = ["fullName", "birthDate", "phone", "curp", "consularIdNumber", "aNumber", "preferredLanguage", "registeredConsulate"] as const;

const shown = (person: SubjectRecord["person"], field: (typeof FIELDS)[number], locale: Locale) => {
  const value = person[field];
  if (!value) return null;
  if (field === "birthDate") return formatCalendarDate(value, locale);
  if (field === "aNumber") return formatANumber(value);
  return value;
};

/** The person's own fields, as stored now (their earlier values are in the corrections). */
export const SubjectPersonPanel = async ({ person, timeZone }: Props) => {
  const { t, locale } = await getT();
  return (
    <section className="panel" aria-labelledby="subject-person-heading" data-testid="subject-person">
      <h2 id="subject-person-heading" className="panel__subtitle">
        {t("subjects.person.title")}
      </h2>
      <dl className="facts subject-facts">
        {FIELDS.map((field) => (
          <div key={field} data-field={field}>
            <dt>{t(`subjects.field.${field}`)}</dt>
            <dd className={field === "curp" || field === "aNumber" ? "mono" : undefined}>{shown(person, field, locale) ?? t("subjects.none")}</dd>
          </div>
        ))}
        <div>
          <dt>{t("subjects.field.createdAt")}</dt>
          <dd>{formatDateTime(person.createdAt.toISOString(), { locale, timeZone })}</dd>
        </div>
      </dl>
    </section>
  );
};
