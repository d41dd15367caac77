"use client";
import type { RefObject } from "react";
import { FilterChip } from "@/components/ui/filter-chip";
import { FilterSelect, OwnerOptions } from "@/components/ui/filter-select";
import { QueueSearch } from "@/components/ui/queue-search";
import { CASE_STATUSES, QUEUE_FLAGS, isDefaultFilter, type QueueFilter } from "@/lib/cases/filters";
import type { CaseStatus } from "@/lib/generated/prisma/enums";
import { useT } from "@/lib/i18n/client";
import { statusKey } from "@/lib/i18n/labels";

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
      <FilterSelect
        id="queue-status"
        label={t("queue.filter.status")}
        value={status}
        onChange={(value) => {
          if (value !== "several") onChange({ ...filter, status: readStatus(value) });
        }}
        testId="filter-status"
      >
        <option value="open">{t("queue.filter.status.open")}</option>
        <option value="all">{t("queue.filter.status.all")}</option>
        {status === "several" && <option value="several">{t("queue.filter.status.several")}</option>}
        {CASE_STATUSES.map((value) => (
          <option key={value} value={value}>
            {t(statusKey(value))}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect
        id="queue-owner"
        label={t("queue.filter.owner")}
        value={owner}
        onChange={(value) => onChange({ ...filter, owner: value || null })}
        testId="filter-owner"
      >
        <OwnerOptions />
        {someone && (
          <option value={owner}>
            {ownerName ? t("queue.filter.owner.someone", { name: ownerName }) : t("queue.filter.owner.other")}
          </option>
        )}
      </FilterSelect>
      <FilterSelect
        id="queue-flag"
        label={t("queue.filter.flag")}
        value={filter.flag ?? ""}
        onChange={(value) => onChange({ ...filter, flag: (value || null) as QueueFilter["flag"] })}
        testId="filter-flag"
      >
        <option value="">{t("queue.filter.flag.any")}</option>
        {QUEUE_FLAGS.map((flag) => (
          <option key={flag} value={flag}>
            {t(`queue.filter.flag.${flag}`)}
          </option>
        ))}
      </FilterSelect>
      {filter.ids && (
        <FilterChip
          label={t(filter.ids.length === 1 ? "queue.filter.ids.one" : "queue.filter.ids", { count: filter.ids.length })}
          removeLabel={t("queue.filter.ids.remove")}
          onRemove={() => onChange({ ...filter, ids: undefined })}
          testId="filter-ids"
        />
      )}
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
