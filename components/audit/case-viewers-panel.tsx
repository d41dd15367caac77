// "Who opened this case": the audited reads of the case, the latest first
// (lib/audit/viewers-data.ts says why every reader of the case sees it).
import type { CaseViewer } from "@/lib/audit/types";
import { formatDateTime } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";

export const CaseViewersPanel = async ({ viewers, timeZone }: { viewers: CaseViewer[]; timeZone: string }) => {
  const { t, locale } = await getT();
  return (
    <section className="panel case-viewers" aria-labelledby="case-viewers-heading" data-testid="case-viewers">
      <h2 id="case-viewers-heading" className="panel__title">
        {t("audit.viewers.title")}
      </h2>
      <p className="muted case-viewers__intro">{t("audit.viewers.intro")}</p>
      {viewers.length === 0 ? (
        <p className="muted">{t("audit.viewers.empty")}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table data-table--compact" aria-labelledby="case-viewers-heading">
            <thead>
              <tr>
                <th scope="col">{t("audit.viewers.who")}</th>
                <th scope="col">{t("audit.viewers.consulate")}</th>
                <th scope="col">{t("audit.viewers.last")}</th>
                <th scope="col">
                  <abbr title={t("audit.viewers.timesHint")}>{t("audit.viewers.times")}</abbr>
                </th>
              </tr>
            </thead>
            <tbody>
              {viewers.map((viewer) => (
                <tr key={viewer.userId} data-testid="case-viewer" data-user={viewer.userId}>
                  <th scope="row">
                    {viewer.name}
                    <span className="case-viewers__role">{t(`role.${viewer.role}`)}</span>
                  </th>
                  <td>{viewer.consulateCode ?? t("audit.viewers.noConsulate")}</td>
                  <td>
                    <time dateTime={viewer.lastViewedAt}>{formatDateTime(viewer.lastViewedAt, { locale, timeZone })}</time>
                  </td>
                  <td>{viewer.times}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
};
