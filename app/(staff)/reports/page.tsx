import type { Metadata } from "next";
import { MonthlySummaryTable } from "@/components/reports/monthly-summary-table";
import { getT } from "@/lib/i18n/server";
import { monthSchema } from "@/lib/legal-aid/schema";
import { getMonthlySummary } from "@/lib/reports/summary-data";
import { requireStaffScope } from "@/lib/server/auth/session";

export const dynamic = "force-dynamic";

export const generateMetadata = async (): Promise<Metadata> => {
  const { t } = await getT();
  return { title: t("reports.pageTitle") };
};

type ReportsPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// The month is a plain GET form: the report is a link that can be shared and reloaded.
const ReportsPage = async ({ searchParams }: ReportsPageProps) => {
  const scope = await requireStaffScope();
  const { t } = await getT();
  const raw = (await searchParams).month;
  const parsed = monthSchema.safeParse({ month: (Array.isArray(raw) ? raw[0] : raw) || undefined });
  const month = parsed.success ? parsed.data.month : new Date().toISOString().slice(0, 7);
  const rows = await getMonthlySummary(scope, month);
  return (
    <main id="main" className="page page--stack">
      <section className="panel" aria-labelledby="reports-heading">
        <div className="panel__header">
          <h1 id="reports-heading" className="panel__title">
            {t("reports.title")}
          </h1>
        </div>
        <p className="panel__intro">{t("reports.intro")}</p>
        <form className="form form--inline" method="get" action="/reports">
          <div className="field">
            <label htmlFor="report-month">{t("reports.month")}</label>
            <input id="report-month" type="month" name="month" defaultValue={month} required />
          </div>
          <button type="submit" className="button button--primary">
            {t("reports.show")}
          </button>
        </form>
        {!parsed.success && (
          <p role="alert" className="form__error">
            {t("reports.badMonth")}
          </p>
        )}
        <MonthlySummaryTable rows={rows} month={month} />
      </section>
    </main>
  );
};

export default ReportsPage;
