"use client";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { useCaseSocket } from "@/lib/client/use-case-socket";
import type { CaseSummary } from "@/lib/cases/events";
import { request } from "@/lib/client/request";
import { encodeCursor } from "@/lib/cases/cursor";
import { filterToSearchParams, matchesFilter, type QueueFilter, type QueueTotal, type StatusCounts } from "@/lib/cases/filters";
import {
  applySummary,
  boundsOf,
  mergeCases,
  NO_BOUNDS,
  noteElsewhere,
  offsetChange,
  stillElsewhere,
  totalChange,
  updateElsewhere,
  type Bounds,
} from "./queue-list";

export type QueueData = QueueTotal & {
  /** One page of the queue. */
  cases: readonly CaseSummary[];
  /** Where the next page starts (opaque, from the server); null on the last page. */
  nextCursor: string | null;
  /** Where the previous page ends; null on the first page. */
  prevCursor: string | null;
  /** How many matching cases sort before this page. */
  offset: number;
  counts: StatusCounts;
  /** Overdue legal-aid tasks per case id (absent: none), as of the last full read. */
  overdueTasks?: Readonly<Record<string, number>>;
};
export type LoadState = "idle" | "loading" | "failed";

/** A page away from the start: the server keeps no total or counts for it (the client keeps them live). */
type Page = Pick<QueueData, "cases" | "nextCursor" | "prevCursor" | "offset" | "overdueTasks"> &
  Partial<Pick<QueueData, "counts" | "total" | "totalCapped">>;

/** Which page to read: the first, the one after or before a cursor, or the one starting at a case. */
export type PageRequest = { first: true } | { cursor: string } | { before: string } | { at: string };

const boundsOfPage = (page: Pick<QueueData, "cases" | "nextCursor" | "prevCursor">) =>
  boundsOf(page.cases, { earlier: page.prevCursor !== null, later: page.nextCursor !== null });

type UseQueueOptions = {
  initial: QueueData;
  filter: QueueFilter;
  userId: string;
  /** A case that did not exist before this event (whatever the filter): for the chime and the announcement. */
  onArrived: (summary: CaseSummary) => void;
  /** Every live event, after it is applied. */
  onChanged: (summary: CaseSummary) => void;
  /** A case that a live event took out of the view (it no longer matches the filter). */
  onLeft: (summary: CaseSummary) => void;
};

// Several events come together (a burst, a press with a location): one read for them all.
const COUNTS_DELAY_MS = 500;
const SEARCH_DELAY_MS = 400;
// How long a newly arrived row stays highlighted.
const FRESH_MS = 12_000;

/**
 * The rows, total and counts of the queue, kept live. The latest state lives
 * in a ref, updated synchronously, so that events arriving between two renders
 * build on each other; React state only mirrors it for rendering.
 */
export const useQueue = ({ initial, filter, userId, onArrived, onChanged, onLeft }: UseQueueOptions) => {
  const router = useRouter();
  const [data, setData] = useState(initial);
  const [load, setLoad] = useState<LoadState>("idle");
  const [fresh, setFresh] = useState<ReadonlySet<string>>(() => new Set());
  const state = useRef(initial);
  const bounds = useRef<Bounds>(boundsOfPage(initial));
  /** New alerts that arrived on other pages than the one shown, in the queue's order; each leaves once a page shows it. */
  const [unseen, setUnseen] = useState<readonly CaseSummary[]>([]);
  const filterRef = useRef(filter);
  const sequence = useRef(0);
  // Events seen while a list read is in flight: replayed on top of its (possibly older) answer.
  const inFlight = useRef<CaseSummary[] | null>(null);
  const timers = useRef({ counts: undefined as Timer, search: undefined as Timer, fresh: new Set<Timer>() });

  const commit = useCallback((next: QueueData) => {
    state.current = next;
    setData(next);
  }, []);

  const matches = useCallback((summary: CaseSummary) => matchesFilter(summary, filterRef.current, { userId }), [userId]);

  const markFresh = useCallback((ids: string[]) => {
    if (ids.length === 0) return;
    setFresh((current) => new Set([...current, ...ids]));
    const timer = setTimeout(() => {
      timers.current.fresh.delete(timer);
      setFresh((current) => new Set([...current].filter((id) => !ids.includes(id))));
    }, FRESH_MS);
    timers.current.fresh.add(timer);
  }, []);

  const read = useCallback(
    async <T>(query: URLSearchParams) => {
      const result = await request<T | null>("GET", "/api/v1/cases", { query });
      // The session ended: the server render of this page redirects to sign-in.
      if (!result.ok && result.failure.kind === "unauthorized") router.refresh();
      return result.ok ? result.data : null;
    },
    [router],
  );

  // Events that arrived while a read was in flight, applied on top of its (possibly older) answer.
  const replayOnto = useCallback(
    (cases: readonly CaseSummary[], total: number, replay: readonly CaseSummary[]) => {
      const searching = filterRef.current.q !== "";
      for (const summary of replay) {
        // A search decides on the server: only rows it returned may change here.
        if (searching && !cases.some((c) => c.id === summary.id)) continue;
        const applied = applySummary(cases, summary, matches, bounds.current);
        cases = applied.cases;
        total += totalChange(applied.change);
      }
      return { cases, total };
    },
    [matches],
  );

  // The counts, how many cases match this filter, and how many sort before
  // the page shown: a case on another page may have left the view, which only
  // the server can tell.
  const refreshCountsSoon = useCallback(() => {
    if (timers.current.counts) return;
    timers.current.counts = setTimeout(async () => {
      timers.current.counts = undefined;
      const params = filterToSearchParams(filterRef.current);
      params.set("only", "counts");
      const first = state.current.cases[0];
      if (state.current.offset > 0 && first) params.set("at", encodeCursor(first));
      const body = await read<Pick<QueueData, "counts"> & Partial<QueueTotal> & { offset?: number }>(params);
      if (!body) return;
      const total = body.total === undefined ? {} : { total: body.total, totalCapped: body.totalCapped ?? false };
      // The page may have changed meanwhile: its place is only taken for the same first row.
      const samePage = state.current.cases[0]?.id === first?.id;
      const offset = samePage && body.offset !== undefined ? { offset: body.offset } : {};
      commit({ ...state.current, counts: body.counts, ...total, ...offset });
    }, COUNTS_DELAY_MS);
  }, [commit, read]);

  /** The page a request names, replacing the one shown; the first page also brings the total and counts. */
  const loadPage = useCallback(
    async (page: PageRequest, { markNew }: { markNew: boolean }) => {
      const id = ++sequence.current;
      inFlight.current = [];
      setLoad("loading");
      const params = filterToSearchParams(filterRef.current);
      if ("cursor" in page) params.set("cursor", page.cursor);
      if ("before" in page) params.set("before", page.before);
      if ("at" in page) params.set("at", page.at);
      const body = await read<Page>(params);
      // A newer read (another filter, another page) started meanwhile: its answer wins.
      if (id !== sequence.current) return false;
      const replay = inFlight.current;
      inFlight.current = null;
      if (!body) {
        setLoad("failed");
        return false;
      }
      const current = state.current;
      const held = new Set(current.cases.map((c) => c.id));
      bounds.current = boundsOfPage(body);
      const { cases, total } = replayOnto(
        mergeCases(current.cases, body.cases, matches),
        body.total ?? current.total,
        replay,
      );
      commit({
        ...current,
        ...body,
        cases,
        total,
        overdueTasks: { ...(body.counts ? {} : current.overdueTasks), ...body.overdueTasks },
      });
      setLoad("idle");
      setUnseen((alerts) => stillElsewhere(alerts, cases));
      if (markNew) markFresh(cases.filter((c) => !held.has(c.id)).map((c) => c.id));
      // Away from the first page the answer has no total: ask for it (and this page's place) again.
      if (!body.counts) refreshCountsSoon();
      return true;
    },
    [commit, markFresh, matches, read, refreshCountsSoon, replayOnto],
  );

  /** The page shown, read again (a reconnect, a take that failed): from its first row, so that the user keeps their place. */
  const loadList = useCallback(
    ({ markNew }: { markNew: boolean }) => {
      const current = state.current;
      const first = current.cases[0];
      return loadPage(current.offset > 0 && first ? { at: encodeCursor(first) } : { first: true }, { markNew });
    },
    [loadPage],
  );

  const nextPage = useCallback(() => {
    const cursor = state.current.nextCursor;
    return cursor ? loadPage({ cursor }, { markNew: false }) : Promise.resolve(false);
  }, [loadPage]);

  const previousPage = useCallback(() => {
    const before = state.current.prevCursor;
    return before ? loadPage({ before }, { markNew: false }) : Promise.resolve(false);
  }, [loadPage]);

  const firstPage = useCallback(() => loadPage({ first: true }, { markNew: false }), [loadPage]);

  /** The page that starts at a case (an alert that arrived on another page). */
  const pageAt = useCallback(
    (summary: CaseSummary) => loadPage({ at: encodeCursor(summary) }, { markNew: false }),
    [loadPage],
  );

  // Not pushed back by each new event: during a long burst the list must still catch up.
  const reloadSoon = () => {
    if (timers.current.search) return;
    timers.current.search = setTimeout(() => {
      timers.current.search = undefined;
      void loadList({ markNew: true });
    }, SEARCH_DELAY_MS);
  };

  const onEvent = (summary: CaseSummary, created: boolean) => {
    inFlight.current?.push(summary);
    refreshCountsSoon();
    const current = state.current;
    const before = current.cases.find((c) => c.id === summary.id);
    // Until the server's count arrives, move the one case between the counts.
    const counts = { ...current.counts };
    if (created && !before) counts[summary.status] += 1;
    if (before && before.status !== summary.status && before.version < summary.version) {
      counts[before.status] = Math.max(0, counts[before.status] - 1);
      counts[summary.status] += 1;
    }
    if (created && !before) onArrived(summary);
    onChanged(summary);
    // A search cannot tell from here whether an unseen case belongs in it.
    if (!before && filterRef.current.q !== "") {
      commit({ ...current, counts });
      if (matches(summary)) reloadSoon();
      return;
    }
    const { cases, change } = applySummary(current.cases, summary, matches, bounds.current);
    commit({
      ...current,
      cases,
      total: current.total + totalChange(change),
      offset: current.offset + offsetChange(change),
      counts,
    });
    if (change === "added") markFresh([summary.id]);
    // A new alert on another page: the desk says so, with a way there. A
    // change to one already announced follows it (out of the view, no longer news).
    if (created && (change === "beyond" || change === "earlier")) setUnseen((alerts) => noteElsewhere(alerts, summary));
    else if (change === "added" || change === "replaced") setUnseen((alerts) => stillElsewhere(alerts, [summary]));
    else setUnseen((alerts) => updateElsewhere(alerts, summary, matches));
    if (change === "removed") onLeft(summary);
  };

  const live = useCaseSocket({
    onConnected: () => void loadList({ markNew: true }),
    onCreated: (summary) => onEvent(summary, true),
    onUpdated: (summary) => onEvent(summary, false),
  });

  // A new filter: read the list again (the first render already has the server's).
  useEffect(() => {
    if (filterRef.current === filter) return;
    filterRef.current = filter;
    // What the client can decide goes at once; the server's answer follows.
    const kept = state.current.cases.filter(matches);
    bounds.current = NO_BOUNDS;
    setUnseen([]);
    commit({ ...state.current, cases: kept, total: kept.length, totalCapped: false, offset: 0, prevCursor: null });
    void firstPage();
  }, [commit, filter, firstPage, matches]);

  useEffect(() => {
    const pending = timers.current;
    return () => {
      clearTimeout(pending.counts);
      clearTimeout(pending.search);
      pending.fresh.forEach(clearTimeout);
    };
  }, []);

  /** Applies a case the server sent back (after a write), as a live event would. */
  const apply = (summary: CaseSummary) => onEvent(summary, false);

  return {
    ...data,
    fresh,
    load,
    live,
    apply,
    /** The first of the new alerts on other pages (its page holds the later ones), and how many there are. */
    elsewhere: unseen[0] ?? null,
    elsewhereCount: unseen.length,
    nextPage,
    previousPage,
    firstPage,
    pageAt,
    reload: () => loadList({ markNew: false }),
  };
};

type Timer = ReturnType<typeof setTimeout> | undefined;
