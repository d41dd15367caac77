import Link from "next/link";
import { Icon } from "@/components/ui/icon";
import type { CaseDetail } from "@/lib/cases/detail";
import { formatDateTime } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import { CaseFlags } from "./case-flags";
import { CaseLiveRefresh } from "./case-live-refresh";
import { PriorityBadge } from "./priority-badge";
import { StatusBadge } from "./status-badge";

export const CaseHeader = async ({ detail, timeZone }: { detail: CaseDetail; timeZone: string }) => {
  const { t, locale } = await getT();
  const { summary } = detail;
  const zoned = { locale, timeZone };
  const rescindReason = detail.rescindReason === "safe" || detail.rescindReason === "mistake" ? detail.rescindReason : null;
  return (
    <header className={summary.duress ? "case-header case-header--duress" : "case-header"}>
      <div className="case-header__top">
        <Link href="/cases" className="back-link">
          <Icon name="back" />
          {t("case.back")}
        </Link>
        <CaseLiveRefresh caseId={summary.id} />
      </div>
      <div className="case-header__title">
        <h1 data-testid="case-number">{summary.number}</h1>
        <StatusBadge status={summary.status} />
        <PriorityBadge priority={summary.priority} />
        <CaseFlags flags={summary} />
      </div>
      <dl className="facts">
        <div>
          <dt>{t("case.field.consulate")}</dt>
          <dd>
            <strong>{summary.consulateCode}</strong> · {detail.consulateName}
          </dd>
        </div>
        <div>
          <dt>{t("case.field.alertAt")}</dt>
          <dd>
            <time dateTime={summary.alertAt}>{formatDateTime(summary.alertAt, zoned)}</time>
          </dd>
        </div>
        <div>
          <dt>{t("case.field.lastEventAt")}</dt>
          <dd>
            <time dateTime={summary.lastEventAt}>{formatDateTime(summary.lastEventAt, zoned)}</time>
          </dd>
        </div>
        <div>
          <dt>{t("case.field.presses")}</dt>
          <dd>{summary.pressCount}</dd>
        </div>
        {summary.rescinded && rescindReason && (
          <div>
            <dt>{t("case.rescindReason")}</dt>
            <dd>{t(`cancelReason.${rescindReason}`)}</dd>
          </div>
        )}
      </dl>
    </header>
  );
};
