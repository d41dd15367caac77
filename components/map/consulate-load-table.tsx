"use client";
import type { ConsulateOverview } from "@/lib/map/schema";
import { useT } from "@/lib/i18n/client";
import { formatDuration, isoDuration } from "./format-duration";
import { TrendSparkline } from "./trend-sparkline";

/** Per consulate of the region: load, overdue acknowledgements, today's median time to acknowledge, 24-hour trend. */
export const ConsulateLoadTable = ({ consulates }: { consulates: readonly ConsulateOverview[] }) => {
  const { t } = useT();
  return (
    <div className="table-scroll load-table__scroll">
      <table className="data-table load-table" data-testid="consulate-table">
        <caption className="sr-only">{t("map.load.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("map.load.consulate")}</th>
            <th scope="col" className="load-table__number">
              {t("map.load.open")}
            </th>
            <th scope="col" className="load-table__number">
              {t("map.load.overdue")}
            </th>
            <th scope="col" className="load-table__number">
              {t("map.load.medianAck")}
            </th>
            <th scope="col">{t("map.load.trend")}</th>
          </tr>
        </thead>
        <tbody>
          {consulates.map((c) => (
            <tr key={c.code} data-testid="consulate-row" data-code={c.code} className={c.unacknowledgedPastTarget > 0 ? "load-table__row--overdue" : undefined}>
              <th scope="row">
                <span className="load-table__code">{c.code}</span>
                <span className="load-table__name">{c.name}</span>
              </th>
              <td className="load-table__number" data-testid="consulate-open">
                {c.open}
              </td>
              <td className="load-table__number">
                {c.unacknowledgedPastTarget > 0 ? <strong className="load-table__overdue">{c.unacknowledgedPastTarget}</strong> : 0}
              </td>
              <td className="load-table__number">
                {c.medianAckSecondsToday === null ? (
                  <span title={t("map.load.noAckToday")}>
                    <span aria-hidden="true">—</span>
                    <span className="sr-only">{t("map.load.noAckToday")}</span>
                  </span>
                ) : (
                  <time dateTime={isoDuration(c.medianAckSecondsToday)}>{formatDuration(c.medianAckSecondsToday)}</time>
                )}
              </td>
              <td className="load-table__trend">
                <TrendSparkline perHour={c.alertsPerHour} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};
