import { formatNumber } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import type { MonthlySummaryRow } from "@/lib/reports/summary-data";
import { outcomeKey, OUTCOMES } from "@/lib/i18n/labels";

/** One row per consulate the user may see: what opened, what was confirmed, how cases ended and how long that took. */
export const MonthlySummaryTable = async ({ rows, month }: { rows: readonly MonthlySummaryRow[]; month: string }) => {
  const { t, locale } = await getT();
  if (rows.length === 0) return <p className="muted">{t("reports.empty")}</p>;
  return (
    <div className="table-scroll">
      <table className="data-table report-table" aria-label={t("reports.tableLabel", { month })} data-testid="monthly-summary">
        <thead>
          <tr>
            <th scope="col">{t("cases.column.consulate")}</th>
            <th scope="col">{t("reports.opened")}</th>
            <th scope="col">{t("reports.confirmed")}</th>
            <th scope="col">{t("reports.closed")}</th>
            {OUTCOMES.map((outcome) => (
              <th key={outcome} scope="col">
                {t(outcomeKey(outcome))}
              </th>
            ))}
            <th scope="col">{t("reports.median")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.consulateCode} data-consulate={row.consulateCode}>
              <th scope="row">
                <strong>{row.consulateCode}</strong> · {row.consulateName}
              </th>
              <td>{row.opened}</td>
              <td>{row.detentionsConfirmed}</td>
              <td>{row.closed}</td>
              {OUTCOMES.map((outcome) => (
                <td key={outcome}>{row.outcomes[outcome] ?? 0}</td>
              ))}
              <td>{row.medianDaysToOutcome === null ? "—" : t("reports.days", { n: formatNumber(row.medianDaysToOutcome, locale) })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};
