import Link from "next/link";
import { Icon } from "@/components/ui/icon";
import type { CaseDetail } from "@/lib/cases/detail-data";
import { isEnded } from "@/lib/cases/lifecycle";
import { formatDateTime } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import { CaseActions } from "./case-actions";
import { CaseAssignForm } from "./case-assign-form";
import { CaseBadges } from "./case-badges";
import type { UpcomingHearing } from "./close-case-dialog";
import { CaseOutcomeFact } from "./case-outcome-fact";
import { CaseOwner } from "./case-owner";
import { CasePresence } from "./case-presence";
import { DuressBanner } from "./duress-banner";
import { LiveCaseProvider, type Viewer } from "./live-case";
import { CaseLiveRefresh } from "./case-live-refresh";

type CaseHeaderProps = { detail: CaseDetail; timeZone: string; viewer: Viewer; upcomingHearings?: readonly UpcomingHearing[] };

/**
 * The case at a glance, who has it and who else is looking, and what this
 * user may do with it now. The parts that change with the case's state read
 * it from LiveCaseProvider, which a live event updates before the page re-renders.
 */
export const CaseHeader = async ({ detail, timeZone, viewer, upcomingHearings }: CaseHeaderProps) => {
  const { t, locale } = await getT();
  const { summary } = detail;
  const zoned = { locale, timeZone };
  const rescindReason = detail.rescindReason === "safe" || detail.rescindReason === "mistake" ? detail.rescindReason : null;
  return (
    <LiveCaseProvider summary={summary} allowed={detail.allowedActions} viewer={viewer}>
      <header className={summary.duress && !isEnded(summary.status) ? "case-header case-header--duress" : "case-header"}>
        <div className="case-header__top">
          {/* No prefetch: every live refresh would fetch the whole queue again with it. */}
          <Link href="/cases" className="back-link" prefetch={false}>
            <Icon name="back" />
            {t("case.back")}
          </Link>
          <CaseLiveRefresh />
        </div>
        <div className="case-header__title">
          <h1 data-testid="case-number">{summary.number}</h1>
          <CaseBadges />
        </div>
        <DuressBanner />
        {summary.incidentId && (
          <p className="case-header__incident" data-testid="case-incident">
            {t("incidents.case.link")} ·{" "}
            <Link href={`/incidents/${summary.incidentId}`} prefetch={false} data-testid="case-incident-link">
              {t("incidents.case.open")}
            </Link>
          </p>
        )}
        <div className="case-header__work">
          <CaseOwner />
          <CasePresence />
          <CaseAssignForm />
        </div>
        <CaseActions upcomingHearings={upcomingHearings} timeZone={timeZone} />
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
          <CaseOutcomeFact />
          {summary.rescinded && rescindReason && (
            <div>
              <dt>{t("case.rescindReason")}</dt>
              <dd>{t(`cancelReason.${rescindReason}`)}</dd>
            </div>
          )}
        </dl>
      </header>
    </LiveCaseProvider>
  );
};
