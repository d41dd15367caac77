"use client";
import type { RefObject } from "react";
import { CASE_STATUSES, QUEUE_FLAGS, isDefaultFilter, type QueueFilter } from "@/lib/cases/filters";
import type { CaseStatus } from "@/lib/generated/prisma/enums";
import { useT } from "@/lib/i18n/client";
import { statusKey } from "@/lib/i18n/labels";
import { QueueSearch } from "./queue-search";

type QueueFilterBarProps = {
  filter: QueueFilter;
  /** The name of the owner a `owner=<id>` filter names, when a row shows it. */
  ownerName: string | null;
  onChange: (filter: QueueFilter) => void;
  searchRef: RefObject<HTMLInputElement | null>;
};

const statusValue = (status: QueueFilter["status"]) =>
  status === "open" || status === "all" ? status : status.length === 1 ? status[0] : "several";

const readStatus = (value: string): QueueFilter["status"] =>
  value === "open" || value === "all" ? value : [value as CaseStatus];

export const QueueFilterBar = ({ filter, ownerName, onChange, searchRef }: QueueFilterBarProps) => {
  const { t } = useT();
  const status = statusValue(filter.status);
  const owner = filter.owner ?? "";
  const someone = owner !== "" && owner !== "me" && owner !== "unassigned";
  return (
    <div className="queue-filters" role="group" aria-label={t("queue.filters.label")}>
      <QueueSearch value={filter.q} onSearch={(q) => onChange({ ...filter, q })} inputRef={searchRef} />
      <div className="queue-filter">
        <label htmlFor="queue-status" className="queue-filter__label">
          {t("queue.filter.status")}
        </label>
        <select
          id="queue-status"
          value={status}
          onChange={(event) => {
            if (event.target.value !== "several") onChange({ ...filter, status: readStatus(event.target.value) });
          }}
          data-testid="filter-status"
        >
          <option value="open">{t("queue.filter.status.open")}</option>
          <option value="all">{t("queue.filter.status.all")}</option>
          {status === "several" && <option value="several">{t("queue.filter.status.several")}</option>}
          {CASE_STATUSES.map((value) => (
            <option key={value} value={value}>
              {t(statusKey(value))}
            </option>
          ))}
        </select>
      </div>
      <div className="queue-filter">
        <label htmlFor="queue-owner" className="queue-filter__label">
          {t("queue.filter.owner")}
        </label>
        <select
          id="queue-owner"
          value={owner}
          onChange={(event) => onChange({ ...filter, owner: event.target.value || null })}
          data-testid="filter-owner"
        >
          <option value="">{t("queue.filter.owner.any")}</option>
          <option value="me">{t("queue.filter.owner.me")}</option>
          <option value="unassigned">{t("queue.filter.owner.unassigned")}</option>
          {someone && (
            <option value={owner}>
              {ownerName ? t("queue.filter.owner.someone", { name: ownerName }) : t("queue.filter.owner.other")}
            </option>
          )}
        </select>
      </div>
      <div className="queue-filter">
        <label htmlFor="queue-flag" className="queue-filter__label">
          {t("queue.filter.flag")}
        </label>
        <select
          id="queue-flag"
          value={filter.flag ?? ""}
          onChange={(event) => onChange({ ...filter, flag: (event.target.value || null) as QueueFilter["flag"] })}
          data-testid="filter-flag"
        >
          <option value="">{t("queue.filter.flag.any")}</option>
          {QUEUE_FLAGS.map((flag) => (
            <option key={flag} value={flag}>
              {t(`queue.filter.flag.${flag}`)}
            </option>
          ))}
        </select>
      </div>
      {!isDefaultFilter(filter) && (
        <button
          type="button"
          className="button button--quiet button--small queue-filters__clear"
          onClick={() => onChange({ status: "open", owner: null, flag: null, q: "" })}
        >
          {t("queue.filter.clear")}
        </button>
      )}
    </div>
  );
};
