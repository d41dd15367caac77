"use client";
import { useT } from "@/lib/i18n/client";
import { Icon } from "./icon";

/** Downloads the CSV of what the queue shows now: its filters go along as the query (the server applies the same scope). */
export const ExportCsvLink = ({ params }: { params: URLSearchParams }) => {
  const { t } = useT();
  const query = params.toString();
  return (
    <a
      className="button button--quiet button--small"
      href={`/api/v1/reports/cases${query ? `?${query}` : ""}`}
      download
      data-testid="export-csv"
    >
      <Icon name="download" />
      {t("reports.export")}
    </a>
  );
};
