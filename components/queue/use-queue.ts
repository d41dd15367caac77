"use client";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { useCaseSocket } from "@/lib/client/use-case-socket";
import type { CaseSummary } from "@/lib/cases/events";
import { request } from "@/lib/client/request";
import {
  filterToSearchParams,
  matchesFilter,
  PAGE_MAX,
  PAGE_SIZE,
  type QueueFilter,
  type QueueTotal,
  type StatusCounts,
} from "@/lib/cases/filters";
import { appendPage, applySummary, edgeOf, mergeCases, totalChange, type Edge } from "./queue-list";

export type QueueData = QueueTotal & {
  cases: readonly CaseSummary[];
  /** Where the next page starts (opaque, from the server); null when every page is loaded. */
  nextCursor: string | null;
  counts: StatusCounts;
  /** Overdue legal-aid tasks per case id (absent: none), as of the last full read. */
  overdueTasks?: Readonly<Record<string, number>>;
};
export type LoadState = "idle" | "loading" | "failed";

type Page = Pick<QueueData, "cases" | "nextCursor" | "overdueTasks">;

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
  const edge = useRef<Edge>(edgeOf(initial.cases, initial.nextCursor !== null));
  const [more, setMore] = useState<LoadState>("idle");
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
        const applied = applySummary(cases, summary, matches, edge.current);
        cases = applied.cases;
        total += totalChange(applied.change);
      }
      return { cases, total };
    },
    [matches],
  );

  /** The first page again (as many rows as are loaded, up to PAGE_MAX, so a reconnect keeps the user's place). */
  const loadList = useCallback(
    async ({ markNew }: { markNew: boolean }) => {
      const id = ++sequence.current;
      inFlight.current = [];
      setLoad("loading");
      const params = filterToSearchParams(filterRef.current);
      const limit = Math.min(PAGE_MAX, Math.max(PAGE_SIZE, state.current.cases.length));
      if (limit !== PAGE_SIZE) params.set("limit", String(limit));
      const body = await read<QueueData>(params);
      // A newer read (another filter) started meanwhile: its answer wins.
      if (id !== sequence.current) return;
      const replay = inFlight.current;
      inFlight.current = null;
      if (!body) return setLoad("failed");
      const held = new Set(state.current.cases.map((c) => c.id));
      edge.current = edgeOf(body.cases, body.nextCursor !== null);
      const { cases, total } = replayOnto(mergeCases(state.current.cases, body.cases, matches), body.total, replay);
      commit({ ...body, cases, total, overdueTasks: body.overdueTasks ?? {} });
      setMore("idle");
      setLoad("idle");
      if (markNew) markFresh(cases.filter((c) => !held.has(c.id)).map((c) => c.id));
    },
    [commit, markFresh, matches, read, replayOnto],
  );

  /** The page after the loaded ones ("Cargar más"). */
  const loadMore = useCallback(async () => {
    const cursor = state.current.nextCursor;
    if (!cursor || more === "loading") return;
    const id = sequence.current;
    inFlight.current = [];
    setMore("loading");
    const params = filterToSearchParams(filterRef.current);
    params.set("cursor", cursor);
    const body = await read<Page>(params);
    // The list was read again meanwhile (a filter, a reconnect): that answer stands.
    if (id !== sequence.current) return;
    const replay = inFlight.current ?? [];
    inFlight.current = null;
    if (!body) return setMore("failed");
    edge.current = edgeOf(body.cases, body.nextCursor !== null);
    const current = state.current;
    // Rows counted while they were beyond the edge are in this page: the total already has them.
    const { cases } = replayOnto(appendPage(current.cases, body.cases, matches), current.total, replay);
    commit({
      ...current,
      cases,
      nextCursor: body.nextCursor,
      overdueTasks: { ...current.overdueTasks, ...body.overdueTasks },
    });
    setMore("idle");
  }, [commit, matches, more, read, replayOnto]);

  // The counts, and how many cases match this filter: a case beyond the loaded pages
  // may have left the view, which only the server can tell.
  const refreshCountsSoon = () => {
    if (timers.current.counts) return;
    timers.current.counts = setTimeout(async () => {
      timers.current.counts = undefined;
      const params = filterToSearchParams(filterRef.current);
      params.set("only", "counts");
      const body = await read<Pick<QueueData, "counts"> & Partial<QueueTotal>>(params);
      if (!body) return;
      const total = body.total === undefined ? {} : { total: body.total, totalCapped: body.totalCapped ?? false };
      commit({ ...state.current, counts: body.counts, ...total });
    }, COUNTS_DELAY_MS);
  };

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
    const { cases, change } = applySummary(current.cases, summary, matches, edge.current);
    commit({ ...current, cases, total: current.total + totalChange(change), counts });
    if (change === "added") markFresh([summary.id]);
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
    commit({ ...state.current, cases: kept, total: kept.length, totalCapped: false });
    void loadList({ markNew: false });
  }, [commit, filter, loadList, matches]);

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

  return { ...data, fresh, load, more, loadMore, live, apply, reload: () => loadList({ markNew: false }) };
};

type Timer = ReturnType<typeof setTimeout> | undefined;
