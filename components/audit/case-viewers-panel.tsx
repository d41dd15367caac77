// "Who saw this case": per person, what they read of it (the case, its legal
// record, its trail; searches, lists and exports that held it), when, how
// often, from where and why (lib/audit/viewers-data.ts says why every reader
// of the case sees it).
import { actionLabel } from "@/lib/audit/labels";
import { partsWords, purposeWords } from "@/lib/audit/read-words";
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
                <th scope="col">{t("audit.viewers.what")}</th>
                <th scope="col">{t("audit.viewers.last")}</th>
                <th scope="col">
                  <abbr title={t("audit.viewers.timesHint")}>{t("audit.viewers.times")}</abbr>
                </th>
                <th scope="col">{t("audit.viewers.from")}</th>
                <th scope="col">{t("audit.viewers.purpose")}</th>
              </tr>
            </thead>
            <tbody>
              {viewers.map((viewer) => (
                <tr key={viewer.userId} data-testid="case-viewer" data-user={viewer.userId}>
                  <th scope="row">
                    {viewer.name}
                    <span className="case-viewers__role">{t(`role.${viewer.role}`)}</span>
                    <span className="case-viewers__role">{viewer.consulateCode ?? t("audit.viewers.noConsulate")}</span>
                  </th>
                  <td>
                    <ul className="case-viewers__reads">
                      {viewer.reads.map((read) => (
                        <li key={read.action} data-action={read.action}>
                          {t("audit.viewers.readTimes", { label: actionLabel(t, read.action), count: read.times })}
                        </li>
                      ))}
                    </ul>
                    {viewer.parts.length > 0 && <span className="muted">{t("audit.read.parts", { parts: partsWords(t, viewer.parts) })}</span>}
                  </td>
                  <td>
                    <time dateTime={viewer.lastViewedAt}>{formatDateTime(viewer.lastViewedAt, { locale, timeZone })}</time>
                  </td>
                  <td>{viewer.times}</td>
                  <td className="mono">{viewer.addresses.join(", ")}</td>
                  <td>{viewer.purposes.map((p) => purposeWords(t, p)).join("; ")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
};
