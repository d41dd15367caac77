import { formatDateTime } from "@/lib/i18n/format";
import type { MessageKey } from "@/lib/i18n/messages/es";
import { getT } from "@/lib/i18n/server";
import type { CaseNotice } from "@/lib/notices/types";

const REASONS = ["UNTAKEN", "ESCALATED", "OFFERED", "CONTACT_OVERDUE", "DURESS", "INCIDENT"];
const reasonKey = (reason: string): MessageKey => (REASONS.includes(reason) ? (`notices.reason.${reason}` as MessageKey) : "notices.reason.OTHER");

/** The case's outbox of staff notices: who was told, how, whether it went, and whether they answered. */
export const CaseNoticesPanel = async ({ notices, timeZone }: { notices: CaseNotice[]; timeZone: string }) => {
  const { t, locale } = await getT();
  const when = (iso: string) => formatDateTime(iso, { locale, timeZone });
  return (
    <section className="panel case-notices" aria-labelledby="case-notices-heading" data-testid="case-notices">
      <h2 id="case-notices-heading" className="panel__title">
        {t("notices.panel.title")}
      </h2>
      {notices.length === 0 ? (
        <p className="muted">{t("notices.panel.empty")}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table data-table--compact" aria-labelledby="case-notices-heading">
            <thead>
              <tr>
                <th scope="col">{t("notices.panel.who")}</th>
                <th scope="col">{t("notices.panel.channel")}</th>
                <th scope="col">{t("notices.panel.status")}</th>
                <th scope="col">{t("notices.panel.attempts")}</th>
                <th scope="col">{t("notices.panel.acknowledged")}</th>
              </tr>
            </thead>
            <tbody>
              {notices.map((notice) => (
                <tr key={notice.id} data-status={notice.status} data-channel={notice.channel}>
                  <th scope="row">
                    {notice.user.name}
                    <span className="case-notices__reason">
                      {t(reasonKey(notice.reason))} · <time dateTime={notice.createdAt}>{when(notice.createdAt)}</time>
                    </span>
                  </th>
                  <td>
                    {t(`notices.channel.${notice.channel}`)}
                    {notice.device && <span className="case-notices__device"> · {notice.device}</span>}
                  </td>
                  <td>
                    <span className={`case-notices__status case-notices__status--${notice.status.toLowerCase()}`}>{t(`notices.status.${notice.status}`)}</span>
                    {notice.lastError && (
                      <span className="case-notices__error" title={notice.lastError.detail}>
                        {t(`notices.error.${notice.lastError.code}`)}
                      </span>
                    )}
                  </td>
                  <td>{notice.attempts}</td>
                  <td>
                    {notice.acknowledgedAt ? (
                      t("notices.panel.ackAt", { at: when(notice.acknowledgedAt) })
                    ) : (
                      <span className="muted">{t("notices.panel.notAcknowledged")}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
};
