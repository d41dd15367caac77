"use client";
// The case export: what the queue shows now (its filters go along as the
// query; the server applies the same scope), downloaded only once a purpose
// is chosen, which the export's audit row keeps (lib/audit/read-purpose.ts).
// A plain GET form: the browser downloads the CSV and stays on the queue.
import { useId, useState } from "react";
import { Icon } from "./icon";
import { PURPOSE_NOTE_MAX, READ_PURPOSE_REASONS } from "@/lib/audit/read-purpose";
import { useT } from "@/lib/i18n/client";

export const ExportCsvForm = ({ params }: { params: URLSearchParams }) => {
  const { t } = useT();
  const id = useId();
  const [reason, setReason] = useState("");
  const query = params.toString();
  return (
    <details className="export-csv" data-testid="export-csv" data-query={query}>
      <summary className="button button--quiet button--small">
        <Icon name="download" />
        {t("reports.export")}
      </summary>
      <form method="get" action="/api/v1/reports/cases" className="form export-csv__form" data-testid="export-csv-form">
        {[...params.entries()].map(([name, value], i) => (
          <input key={`${name}-${i}`} type="hidden" name={name} value={value} />
        ))}
        <p className="muted">{t("reports.purpose.intro")}</p>
        <div className="field">
          <label htmlFor={`${id}-purpose`}>{t("reports.purpose.label")}</label>
          <select id={`${id}-purpose`} name="purpose" required value={reason} onChange={(event) => setReason(event.target.value)}>
            <option value="">{t("reports.purpose.choose")}</option>
            {READ_PURPOSE_REASONS.map((value) => (
              <option key={value} value={value}>
                {t(`audit.purpose.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-note`}>{t(reason === "other" ? "reports.purpose.noteRequired" : "reports.purpose.note")}</label>
          <input id={`${id}-note`} name="purposeNote" maxLength={PURPOSE_NOTE_MAX} required={reason === "other"} autoComplete="off" />
        </div>
        <button type="submit" className="button button--primary button--small" data-testid="export-csv-download">
          {t("reports.download")}
        </button>
      </form>
    </details>
  );
};
