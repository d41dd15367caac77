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
        // One entry per person, not a table: the panel sits in the case page's side column.
        <ul className="case-viewers__list">
          {viewers.map((viewer) => (
            <li key={viewer.userId} className="case-viewers__viewer" data-testid="case-viewer" data-user={viewer.userId}>
              <p className="case-viewers__who">
                <strong>{viewer.name}</strong>
                <span className="case-viewers__role">
                  {t(`role.${viewer.role}`)}
                  {viewer.consulateCode && ` · ${viewer.consulateCode}`}
                </span>
              </p>
              <ul className="case-viewers__reads" aria-label={t("audit.viewers.what")}>
                {viewer.reads.map((read) => (
                  <li key={read.action} data-action={read.action}>
                    {t("audit.viewers.readTimes", { label: actionLabel(t, read.action), count: read.times })}
                  </li>
                ))}
              </ul>
              {viewer.parts.length > 0 && <p className="case-viewers__parts muted">{t("audit.read.parts", { parts: partsWords(t, viewer.parts) })}</p>}
              <dl className="case-viewers__meta">
                <div>
                  <dt>{t("audit.viewers.last")}</dt>
                  <dd>
                    <time dateTime={viewer.lastViewedAt}>{formatDateTime(viewer.lastViewedAt, { locale, timeZone })}</time>
                  </dd>
                </div>
                <div>
                  <dt>
                    <abbr title={t("audit.viewers.timesHint")}>{t("audit.viewers.times")}</abbr>
                  </dt>
                  <dd>{viewer.times}</dd>
                </div>
                <div>
                  <dt>{t("audit.viewers.from")}</dt>
                  <dd className="mono">{viewer.addresses.join(", ")}</dd>
                </div>
                {viewer.purposes.length > 0 && (
                  <div className="case-viewers__purpose">
                    <dt>{t("audit.viewers.purpose")}</dt>
                    <dd>{viewer.purposes.map((p) => purposeWords(t, p)).join("; ")}</dd>
                  </div>
                )}
              </dl>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
};
