"use client";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { LiveStatus } from "@/components/ui/live-status";
import { DeskHeader } from "@/components/ui/desk-header";
import { ExportCsvForm } from "@/components/ui/export-csv-form";
import { Icon } from "@/components/ui/icon";
import { useNow } from "@/lib/client/use-now";
import type { CaseSummary } from "@/lib/cases/events";
import { DEFAULT_FILTER, filterToSearchParams, isDefaultFilter, type QueueFilter } from "@/lib/cases/filters";
import type { Actor } from "@/lib/cases/lifecycle";
import { foldByIncident, foldsIncidents, shownCases } from "@/lib/incidents/fold";
import type { IncidentSummary } from "@/lib/incidents/types";
import { reachesSupervisors } from "@/lib/escalation/steps";
import { useT } from "@/lib/i18n/client";
import { formatNumber } from "@/lib/i18n/format";
import { statusKey } from "@/lib/i18n/labels";
import { NoticesToggle } from "./notices-toggle";
import { OnDutyNow } from "./on-duty-now";
import { QueueFilterBar } from "./queue-filter-bar";
import { pageRange } from "./queue-list";
import { QueuePager } from "./queue-pager";
import { QueueTable } from "./queue-table";
import { ShortcutsDialog } from "./shortcuts-dialog";
import { StatusCounts } from "./status-counts";
import { useAlertNotices } from "./use-alert-notices";
import { useArrivalAnnouncer } from "./use-arrival-announcer";
import { useQueue, type QueueData } from "./use-queue";
import { useQueueKeys } from "./use-queue-keys";
import { useQueueMap } from "./use-queue-map";
import { canTake, takesCases, useTakeCase } from "./use-take-case";

export type QueueDeskProps = {
  initial: QueueData;
  initialFilter: QueueFilter;
  initialNow: number;
  actor: Actor;
  timeZone: string;
  /** Print the zone next to each time: for viewers without a consulate, whose cases span zones. */
  showZone: boolean;
  /** The map beside the queue, showing what the queue's filter selects; absent for viewers without exact points. The page composes it, so this desk imports no map. */
  renderMap?: (filter: QueueFilter) => ReactNode;
  /** The proposed and open incidents in scope: an open one's cases fold into one row. Absent: no folding. */
  incidents?: readonly IncidentSummary[];
  /** Shown at the top of the queue (the proposals of incidents); the page composes it. */
  banner?: ReactNode;
};

const rowLink = (id: string) =>
  document.querySelector<HTMLAnchorElement>(`tr[data-case-id="${CSS.escape(id)}"] .case-row__link`);

const focusRow = (id: string) => {
  const link = rowLink(id);
  link?.focus({ preventScroll: true });
  link?.closest("tr")?.scrollIntoView({ block: "nearest" });
};

/** The triage queue: live rows, filters in the URL, counts, notices and the keyboard. */
export const QueueDesk = ({ initial, initialFilter, initialNow, actor, timeZone, showZone, renderMap, incidents, banner }: QueueDeskProps) => {
  const { t, locale } = useT();
  const router = useRouter();
  const now = useNow(initialNow, 5_000);
  const [filter, setFilterState] = useState(initialFilter);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const [message, setMessage] = useState("");
  const searchRef = useRef<HTMLInputElement>(null);
  // Where the selection was, so that j/k carry on from there after its row left.
  const cursor = useRef(0);
  const takenByMe = useRef(new Set<string>());
  // After a page turned by the keyboard: which of its rows to select once it arrives.
  const selectOnPage = useRef<"first" | "last" | null>(null);
  const notices = useAlertNotices();
  const escalatedSeen = useRef(new Set(initial.cases.filter(reachesSupervisors).map((c) => c.id)));
  const announcer = useArrivalAnnouncer(initial.cases);
  const map = useQueueMap();

  const queue = useQueue({
    initial,
    filter,
    userId: actor.userId,
    onArrived: (summary) => {
      notices.announce(summary);
      announcer.arrived(summary);
    },
    onChanged: (summary) => {
      announcer.duress(summary);
      // A case escalated to the supervisors reaches them like a new alert: the same chime, once.
      if (actor.role !== "SUPERVISOR" || !reachesSupervisors(summary) || escalatedSeen.current.has(summary.id)) return;
      escalatedSeen.current.add(summary.id);
      notices.announce(summary);
    },
    onLeft: (summary) => {
      // The user's own take (answered or not yet) needs no word: its own message follows.
      if (summary.id !== selectedId || takenByMe.current.has(summary.id) || busy.has(summary.id)) return;
      setMessage(t("queue.announce.left", { number: summary.number, status: t(statusKey(summary.status)) }));
    },
  });
  // The incidents expanded in place; the others' cases are folded into their row.
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  // Rows that arrived while this view was open: a join a moment later does not fold them away under the cursor.
  const [pinned, setPinned] = useState<ReadonlySet<string>>(() => new Set());
  useEffect(() => {
    const added = [...queue.fresh].filter((id) => !pinned.has(id));
    if (added.length > 0) setPinned(new Set([...pinned, ...added]));
  }, [queue.fresh, pinned]);
  // The selected row stays too: "Ir a ella", n, j and k never land on a row that is folded away.
  const shownAnyway = useMemo(() => (selectedId && !pinned.has(selectedId) ? new Set([...pinned, selectedId]) : pinned), [pinned, selectedId]);
  const items = useMemo(
    () => (incidents && foldsIncidents(filter) ? foldByIncident({ cases: queue.cases, incidents, expanded, pinned: shownAnyway }) : null),
    [incidents, filter, queue.cases, expanded, shownAnyway],
  );
  // The case rows on screen: what the keyboard, the selection and "n" move through.
  const cases = useMemo(() => (items ? shownCases(items) : queue.cases), [items, queue.cases]);
  const toggleIncident = useCallback(
    (incidentId: string) => {
      const collapsing = expanded.has(incidentId);
      setExpanded((current) => {
        const next = new Set(current);
        if (!next.delete(incidentId)) next.add(incidentId);
        return next;
      });
      // Collapsed on purpose: all its cases fold, the ones seen arriving too.
      if (collapsing) setPinned((current) => new Set([...current].filter((id) => queue.cases.find((c) => c.id === id)?.incidentId !== incidentId)));
    },
    [expanded, queue.cases],
  );

  const { take, busy } = useTakeCase({
    actor,
    apply: queue.apply,
    reload: queue.reload,
    onTaken: (summary) => takenByMe.current.add(summary.id),
    say: setMessage,
  });
  // A stable handler for the memoised rows, calling the latest take.
  const latestTake = useRef(take);
  useEffect(() => {
    latestTake.current = take;
  });
  const onTake = useCallback((summary: CaseSummary) => void latestTake.current(summary), []);

  useEffect(() => {
    const which = selectOnPage.current;
    if (which === null || cases.length === 0) return;
    selectOnPage.current = null;
    const row = which === "first" ? cases[0] : cases[cases.length - 1];
    setSelectedId(row.id);
    focusRow(row.id);
  }, [cases]);

  // The selected row left the view. After the user's own take, the next row
  // is selected, so that a burst is worked with j and a; after anyone else's
  // change nothing is, so that "a" never lands on a case the user did not pick.
  useEffect(() => {
    if (selectedId === null) return;
    const index = cases.findIndex((c) => c.id === selectedId);
    if (index >= 0) {
      cursor.current = index;
      return;
    }
    // The live event of the user's own take can beat its answer: decide once the answer is in.
    if (busy.has(selectedId)) return;
    const next = cases[Math.min(cursor.current, cases.length - 1)];
    const focusLost = document.activeElement === null || document.activeElement === document.body;
    if (takenByMe.current.has(selectedId) && next) {
      setSelectedId(next.id);
      if (focusLost) focusRow(next.id);
    } else {
      setSelectedId(null);
    }
  }, [busy, cases, selectedId]);

  const setFilter = useCallback((next: QueueFilter) => {
    setFilterState(next);
    setSelectedId(null);
    cursor.current = 0;
    const query = filterToSearchParams(next).toString();
    // The URL holds the filter, so that a view can be reloaded and shared; no server round trip.
    window.history.replaceState(null, "", query ? `/cases?${query}` : "/cases");
  }, []);

  const selected = cases.find((c) => c.id === selectedId) ?? null;
  // New rows land where the sort puts them, often below the fold: one key (or click) reaches them.
  const freshCases = cases.filter((c) => queue.fresh.has(c.id));
  // New alerts on other pages: the page starting at the first of them is read
  // (the later ones follow it, up to a page), and that one is selected.
  const goToElsewhere = async () => {
    const alert = queue.elsewhere;
    if (!alert) return;
    setSelectedId(null);
    if (await queue.pageAt(alert)) {
      setSelectedId(alert.id);
      requestAnimationFrame(() => focusRow(alert.id));
    }
  };
  const goToFresh = () => {
    if (freshCases.length === 0) return void goToElsewhere();
    setSelectedId(freshCases[0].id);
    focusRow(freshCases[0].id);
  };

  /** Another page, by button or key; `select` picks the row to select on it (the keyboard's j/k past an end). */
  const turnPage = (step: 1 | -1, select: "first" | "last" | null = null) => {
    const can = step > 0 ? queue.nextCursor !== null : queue.prevCursor !== null;
    if (!can || queue.load === "loading") return;
    setSelectedId(null);
    cursor.current = 0;
    selectOnPage.current = select;
    void (step > 0 ? queue.nextPage() : queue.previousPage());
  };

  useQueueKeys({
    paused: helpOpen,
    move: (step) => {
      if (cases.length === 0) return;
      const index = selected ? cases.indexOf(selected) + step : Math.min(cursor.current, cases.length - 1);
      // Past the page's last row j turns to the next page, before its first k to the previous one.
      if (index >= cases.length && queue.nextCursor) return turnPage(1, "first");
      if (index < 0 && queue.prevCursor) return turnPage(-1, "last");
      const next = cases[Math.max(0, Math.min(cases.length - 1, index))];
      setSelectedId(next.id);
      focusRow(next.id);
    },
    page: (step) => turnPage(step),
    open: () => selected && router.push(`/cases/${selected.id}`),
    take: () => (selected ? void take(selected) : setMessage(t("queue.take.noSelection"))),
    fresh: goToFresh,
    search: () => {
      searchRef.current?.focus();
      searchRef.current?.select();
    },
    escape: () => {
      setMessage("");
      if (!selected) return;
      rowLink(selected.id)?.blur();
      setSelectedId(null);
    },
    help: () => setHelpOpen(true),
  });

  const totalText = `${formatNumber(queue.total, locale)}${queue.totalCapped ? "+" : ""}`;
  const paged = queue.nextCursor !== null || queue.prevCursor !== null || queue.totalCapped || queue.total > queue.cases.length;
  const range = pageRange({ offset: queue.offset, shown: queue.cases.length });
  const countText = paged
    ? t("queue.range", { from: formatNumber(range.from, locale), to: formatNumber(range.to, locale), total: totalText })
    : queue.total === 1
        ? t("queue.totalOne")
        : t("queue.total", { count: formatNumber(queue.total, locale) });
  const ownerName = queue.cases.find((c) => c.owner?.id === filter.owner)?.owner?.name ?? null;

  const queueSection = (
    <section className="panel queue" aria-labelledby="cases-heading">
      <DeskHeader headingId="cases-heading" title={t("cases.title")} count={countText} countTestId="case-count" status={<OnDutyNow />}>
        <ExportCsvForm params={filterToSearchParams(filter)} />
        <NoticesToggle state={notices.state} onEnable={() => void notices.enable()} onDisable={notices.disable} />
        <button
          type="button"
          className="button button--quiet button--small"
          onClick={() => setHelpOpen(true)}
          aria-keyshortcuts="?"
          title={t("queue.shortcuts.button")}
          data-testid="shortcuts-button"
        >
          <Icon name="keyboard" />
          <span className="queue__tool-label">{t("queue.shortcuts.button")}</span>
          <kbd aria-hidden="true">?</kbd>
        </button>
        {renderMap && (
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={map.toggle}
            aria-pressed={map.shown}
            title={t(map.shown ? "queue.map.hide" : "queue.map.show")}
            data-testid="queue-map-toggle"
          >
            <Icon name="map" />
            <span className="queue__tool-label">{t(map.shown ? "queue.map.hide" : "queue.map.show")}</span>
          </button>
        )}
        <LiveStatus state={queue.live} />
      </DeskHeader>
      {banner}
      <StatusCounts
        counts={queue.counts}
        current={filter.status}
        onPick={(status) => setFilter({ ...DEFAULT_FILTER, status: status === "open" ? "open" : [status] })}
      />
      <QueueFilterBar filter={filter} ownerName={ownerName} onChange={setFilter} searchRef={searchRef} />
      <div className="queue__notes">
        <p className="queue-message" role="status" data-testid="queue-message">
          {message}
        </p>
        {freshCases.length > 0 && (
          <button type="button" className="button button--quiet button--small queue__fresh" onClick={goToFresh}>
            <span aria-hidden="true">↓</span>
            {t("queue.fresh.jump", { count: freshCases.length })}
            <kbd aria-hidden="true">n</kbd>
          </button>
        )}
        {queue.elsewhere && (
          <p className="queue__elsewhere" data-testid="queue-elsewhere">
            {queue.elsewhereCount > 1
              ? t("queue.elsewhere.many", { count: queue.elsewhereCount, number: queue.elsewhere.number })
              : t("queue.elsewhere", { number: queue.elsewhere.number })}{" "}
            <button type="button" className="button button--quiet button--small queue__fresh" onClick={() => void goToElsewhere()}>
              {t(queue.elsewhereCount > 1 ? "queue.elsewhere.goFirst" : "queue.elsewhere.go")}
              <kbd aria-hidden="true">n</kbd>
            </button>
          </p>
        )}
        {queue.load === "loading" && <p className="queue__loading">{t("queue.refreshing")}</p>}
        {queue.load === "failed" && <p className="queue__failed">{t("queue.loadFailed")}</p>}
        <QueuePager
          offset={queue.offset}
          shown={queue.cases.length}
          total={queue.total}
          totalCapped={queue.totalCapped}
          hasPrevious={queue.prevCursor !== null}
          hasNext={queue.nextCursor !== null}
          busy={queue.load === "loading"}
          onFirst={() => {
            setSelectedId(null);
            void queue.firstPage();
          }}
          onPrevious={() => turnPage(-1)}
          onNext={() => turnPage(1)}
        />
      </div>
      <p className="sr-only" aria-live="polite" aria-atomic="true" data-testid="case-announcer">
        {announcer.text}
      </p>
      <QueueTable
        cases={cases}
        items={items}
        onToggleIncident={toggleIncident}
        fresh={queue.fresh}
        overdueTasks={queue.overdueTasks ?? {}}
        busy={busy}
        selectedId={selectedId}
        userId={actor.userId}
        canTake={(summary) => canTake(actor, summary)}
        showActions={takesCases(actor)}
        now={now}
        timeZone={timeZone}
        showZone={showZone}
        filtered={!isDefaultFilter(filter)}
        loading={queue.load === "loading"}
        onSelect={setSelectedId}
        onTake={onTake}
        onClearFilters={() => setFilter(DEFAULT_FILTER)}
      />
      <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
    </section>
  );
  if (!renderMap || !map.shown) return queueSection;
  return (
    <div className="queue-desk queue-desk--with-map">
      {queueSection}
      <aside className="panel queue-map" aria-label={t("queue.map.label")}>
        {renderMap(filter)}
      </aside>
    </div>
  );
};
