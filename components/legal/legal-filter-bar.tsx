"use client";
import type { RefObject } from "react";
import { FilterSelect, OwnerOptions } from "@/components/ui/filter-select";
import { QueueSearch } from "@/components/ui/queue-search";
import { useT } from "@/lib/i18n/client";
import { DEFAULT_LEGAL_FILTER, legalFilterToSearchParams, type LegalQueueFilter } from "@/lib/legal-aid/filters";

type LegalFilterBarProps = {
  filter: LegalQueueFilter;
  onChange: (filter: LegalQueueFilter) => void;
  searchRef: RefObject<HTMLInputElement | null>;
};

type StatusChoice = "referred" | "open" | "closed" | "all";

const statusChoice = (status: LegalQueueFilter["status"]): StatusChoice =>
  status === "open" || status === "all" ? status : status.length === 1 && status[0] === "CLOSED" ? "closed" : "referred";

const STATUS_OF: Record<StatusChoice, LegalQueueFilter["status"]> = {
  referred: ["REFERRED_LEGAL_AID"],
  open: "open",
  closed: ["CLOSED"],
  all: "all",
};

export const LegalFilterBar = ({ filter, onChange, searchRef }: LegalFilterBarProps) => {
  const { t } = useT();
  const owner = filter.owner === "me" || filter.owner === "unassigned" ? filter.owner : "";
  return (
    <div className="queue-filters" role="group" aria-label={t("queue.filters.label")}>
      <QueueSearch value={filter.q} onSearch={(q) => onChange({ ...filter, q })} inputRef={searchRef} />
      <FilterSelect
        id="legal-status"
        label={t("queue.filter.status")}
        value={statusChoice(filter.status)}
        onChange={(value) => onChange({ ...filter, status: STATUS_OF[value as StatusChoice] })}
        testId="legal-filter-status"
      >
        <option value="referred">{t("status.REFERRED_LEGAL_AID")}</option>
        <option value="open">{t("queue.filter.status.open")}</option>
        <option value="closed">{t("status.CLOSED")}</option>
        <option value="all">{t("queue.filter.status.all")}</option>
      </FilterSelect>
      <FilterSelect
        id="legal-owner"
        label={t("legalDesk.filter.assignee")}
        value={owner}
        onChange={(value) => onChange({ ...filter, owner: value || null })}
        testId="legal-filter-owner"
      >
        <OwnerOptions />
      </FilterSelect>
      <label className="queue-filter queue-filter--check">
        <input
          type="checkbox"
          checked={filter.overdue}
          onChange={(event) => onChange({ ...filter, overdue: event.target.checked })}
          data-testid="legal-filter-overdue"
        />
        {t("legalDesk.filter.overdue")}
      </label>
      {legalFilterToSearchParams(filter).size > 0 && (
        <button type="button" className="button button--quiet button--small queue-filters__clear" onClick={() => onChange(DEFAULT_LEGAL_FILTER)}>
          {t("queue.filter.clear")}
        </button>
      )}
    </div>
  );
};
