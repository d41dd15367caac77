// The retention screen: each class's schedule (a form each), the last run and
// what the next one would do.
import { getT } from "@/lib/i18n/server";
import { formatDateTime } from "@/lib/i18n/format";
import type { RetentionOverview } from "@/lib/retention/policy-data";
import { RetentionPolicyForm } from "./retention-policy-form";

export const RetentionDesk = async ({ overview, timeZone }: { overview: RetentionOverview; timeZone: string }) => {
  const { t, locale } = await getT();
  const { policies, lastRun, preview } = overview;
  return (
    <>
      <section className="panel retention-desk" aria-labelledby="retention-heading">
        <h1 id="retention-heading" className="panel__title">
          {t("retention.title")}
        </h1>
        <p className="panel__intro">{t("retention.intro")}</p>
        <div className="retention-desk__classes">
          {policies.map((policy) => (
            // Keyed by class only: the refresh after a save keeps the form and its "saved".
            <RetentionPolicyForm key={policy.class} policy={policy} timeZone={timeZone} />
          ))}
        </div>
      </section>
      <section className="panel retention-run" aria-labelledby="retention-run-heading" data-testid="retention-run">
        <h2 id="retention-run-heading" className="panel__title">
          {t("retention.lastRun")}
        </h2>
        <p data-testid="retention-last-run">
          {lastRun
            ? t("retention.lastRun.summary", {
                at: formatDateTime(lastRun.finishedAt, { locale, timeZone }),
                coarsened: String(lastRun.coarsened),
                purged: String(lastRun.purged),
              })
            : t("retention.lastRun.none")}
        </p>
        <h3 className="retention-run__subtitle">{t("retention.preview")}</h3>
        <dl className="retention-run__preview" data-testid="retention-preview">
          <div>
            <dt>{t("retention.preview.coarsen")}</dt>
            <dd data-testid="retention-preview-coarsen">{preview.coarsen}</dd>
          </div>
          <div>
            <dt>{t("retention.preview.purge")}</dt>
            <dd data-testid="retention-preview-purge">{preview.purge}</dd>
          </div>
          <div>
            <dt>{t("retention.preview.held")}</dt>
            <dd data-testid="retention-preview-held">{preview.held}</dd>
          </div>
        </dl>
      </section>
    </>
  );
};
