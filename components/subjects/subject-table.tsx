import Link from "next/link";
import { getT } from "@/lib/i18n/server";
import type { SubjectMatch } from "@/lib/subjects/data";

/** The people a search found: enough to tell them apart, nothing more until a purpose is given. */
export const SubjectTable = async ({ subjects }: { subjects: SubjectMatch[] }) => {
  const { t } = await getT();
  if (subjects.length === 0) return <p className="muted" data-testid="subjects-empty">{t("subjects.results.empty")}</p>;
  return (
    <div className="table-scroll">
      <table className="data-table subject-table" aria-label={t("subjects.results.label")} data-testid="subject-results">
        <thead>
          <tr>
            <th scope="col">{t("subjects.column.name")}</th>
            <th scope="col">{t("subjects.column.birthYear")}</th>
            <th scope="col">{t("subjects.column.cases")}</th>
            <th scope="col">{t("subjects.column.consulates")}</th>
          </tr>
        </thead>
        <tbody>
          {subjects.map((s) => (
            <tr key={s.id}>
              <th scope="row">
                <Link prefetch={false} href={`/subjects/${s.id}`} aria-label={`${t("subjects.open")}: ${s.fullName ?? t("subjects.noName")}`}>
                  {s.fullName ?? t("subjects.noName")}
                </Link>
              </th>
              <td>{s.birthYear ?? t("subjects.none")}</td>
              <td>{s.caseCount}</td>
              <td className="mono">{s.consulates.join(", ")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};
