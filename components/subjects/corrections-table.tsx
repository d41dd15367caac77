import { formatDateTime } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import type { SubjectRecord } from "@/lib/subjects/data";

/** Every correction of the person's fields, oldest first: what it was, what it became, who and why. */
export const CorrectionsTable = async ({ corrections, timeZone }: { corrections: SubjectRecord["corrections"]; timeZone: string }) => {
  const { t, locale } = await getT();
  return (
    <section className="panel" aria-labelledby="subject-corrections-heading" data-testid="subject-corrections">
      <h2 id="subject-corrections-heading" className="panel__subtitle">
        {t("subjects.corrections.title")}
      </h2>
      {corrections.length === 0 ? (
        <p className="muted">{t("subjects.corrections.empty")}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table subject-table">
            <thead>
              <tr>
                <th scope="col">{t("subjects.corrections.column.at")}</th>
                <th scope="col">{t("subjects.corrections.column.by")}</th>
                <th scope="col">{t("subjects.corrections.column.field")}</th>
                <th scope="col">{t("subjects.corrections.column.before")}</th>
                <th scope="col">{t("subjects.corrections.column.after")}</th>
                <th scope="col">{t("subjects.corrections.column.reason")}</th>
              </tr>
            </thead>
            <tbody>
              {corrections.map((c, i) => (
                <tr key={i}>
                  <td>{formatDateTime(c.at.toISOString(), { locale, timeZone })}</td>
                  <td>{c.by}</td>
                  <td>{t(`subjects.field.${c.field as "phone"}`)}</td>
                  <td>{c.before ?? t("subjects.none")}</td>
                  <td>{c.after ?? t("subjects.none")}</td>
                  <td>{c.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
};
