"use client";
import { useCallback, useRef, useState } from "react";
import { LiveStatus } from "@/components/ui/live-status";
import { DeskHeader } from "@/components/ui/desk-header";
import { ExportCsvForm } from "@/components/ui/export-csv-form";
import { useNow } from "@/lib/client/use-now";
import type { Role } from "@/lib/generated/prisma/enums";
import { useT } from "@/lib/i18n/client";
import { formatNumber } from "@/lib/i18n/format";
import { legalFilterToSearchParams, type LegalQueueFilter } from "@/lib/legal-aid/filters";
import type { IncomingTransfer, LegalQueueData, LegalQueueRow, MyTask } from "@/lib/legal-aid/types";
import { IncomingTransfersPanel } from "./incoming-transfers-panel";
import { LegalFilterBar } from "./legal-filter-bar";
import { LegalTable } from "./legal-table";
import { MyTasksPanel } from "./my-tasks-panel";
import { useLegalQueue } from "./use-legal-queue";
import { useLegalTake } from "./use-legal-take";

type LegalDeskProps = {
  initial: LegalQueueData;
  initialFilter: LegalQueueFilter;
  initialTransfers: IncomingTransfer[];
  initialTasks: MyTask[];
  initialNow: number;
  actor: { userId: string; role: Role };
  timeZone: string;
};

const exportParams = (filter: LegalQueueFilter) => {
  const params = legalFilterToSearchParams(filter);
  params.set("queue", "legal");
  return params;
};

/** The legal-aid desk: referred cases by deadline, filters in the URL, take, export, and transfers to answer. */
export const LegalDesk = ({ initial, initialFilter, initialTransfers, initialTasks, initialNow, actor, timeZone }: LegalDeskProps) => {
  const { t, locale } = useT();
  const now = useNow(initialNow, 15_000);
  const [filter, setFilterState] = useState(initialFilter);
  const [message, setMessage] = useState("");
  const searchRef = useRef<HTMLInputElement>(null);
  const queue = useLegalQueue({ initial, filter });
  const { take, busy } = useLegalTake({ userId: actor.userId, reload: () => void queue.reload(), say: setMessage });

  const setFilter = useCallback((next: LegalQueueFilter) => {
    setFilterState(next);
    const query = legalFilterToSearchParams(next).toString();
    // The URL holds the filter, so a view can be reloaded and shared.
    window.history.replaceState(null, "", query ? `/legal?${query}` : "/legal");
  }, []);

  const canTake = (row: LegalQueueRow) => actor.role === "LEGAL_AID" && !row.legalAssignee && row.status === "REFERRED_LEGAL_AID";
  const countText =
    queue.total > queue.cases.length
      ? t("queue.truncated", { shown: formatNumber(queue.cases.length, locale), total: formatNumber(queue.total, locale) })
      : queue.total === 1
        ? t("queue.totalOne")
        : t("queue.total", { count: formatNumber(queue.total, locale) });

  return (
    <>
      <IncomingTransfersPanel initial={initialTransfers} tick={queue.transfersTick} timeZone={timeZone} />
      <section className="panel queue" aria-labelledby="legal-heading">
        <DeskHeader headingId="legal-heading" title={t("legalDesk.title")} count={countText} countTestId="legal-count">
          <ExportCsvForm params={exportParams(filter)} />
          <LiveStatus state={queue.live} />
        </DeskHeader>
        <LegalFilterBar filter={filter} onChange={setFilter} searchRef={searchRef} />
        <div className="queue__notes">
          <p className="queue-message" role="status" data-testid="legal-message">
            {message}
          </p>
          {queue.load === "loading" && <p className="queue__loading">{t("queue.refreshing")}</p>}
          {queue.load === "failed" && <p className="queue__failed">{t("queue.loadFailed")}</p>}
        </div>
        <LegalTable
          rows={queue.cases}
          userId={actor.userId}
          now={now}
          timeZone={timeZone}
          canTake={canTake}
          busy={busy}
          loading={queue.load === "loading"}
          filtered={legalFilterToSearchParams(filter).size > 0}
          onTake={(row) => void take(row)}
        />
      </section>
      <MyTasksPanel initial={initialTasks} tick={queue.cases} now={now} timeZone={timeZone} />
    </>
  );
};
