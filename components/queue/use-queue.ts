"use client";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { useCaseSocket } from "@/components/cases/use-case-socket";
import type { CaseSummary } from "@/lib/cases/events";
import { filterToSearchParams, matchesFilter, type QueueFilter, type StatusCounts } from "@/lib/cases/filters";
import { applySummary, mergeCases } from "./queue-list";

export type QueueData = {
  cases: readonly CaseSummary[];
  total: number;
  counts: StatusCounts;
  /** Overdue legal-aid tasks per case id (absent: none), as of the last full read. */
  overdueTasks?: Readonly<Record<string, number>>;
};
export type LoadState = "idle" | "loading" | "failed";

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
  const filterRef = useRef(filter);
  const request = useRef(0);
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
    async (query: string) => {
      const response = await fetch(`/api/v1/cases?${query}`, { cache: "no-store" }).catch(() => null);
      // The session ended: the server render of this page redirects to sign-in.
      if (response?.status === 401) router.refresh();
      return response?.ok ? response.json().catch(() => null) : null;
    },
    [router],
  );

  const loadList = useCallback(
    async ({ markNew }: { markNew: boolean }) => {
      const id = ++request.current;
      inFlight.current = [];
      setLoad("loading");
      const body = (await read(filterToSearchParams(filterRef.current).toString())) as QueueData | null;
      // A newer read (another filter) started meanwhile: its answer wins.
      if (id !== request.current) return;
      const replay = inFlight.current;
      inFlight.current = null;
      if (!body) return setLoad("failed");
      const held = new Set(state.current.cases.map((c) => c.id));
      let cases = mergeCases(state.current.cases, body.cases, matches);
      let total = body.total;
      const searching = filterRef.current.q !== "";
      for (const summary of replay) {
        // A search decides on the server: only rows it returned may change here.
        if (searching && !cases.some((c) => c.id === summary.id)) continue;
        const applied = applySummary(cases, summary, matches);
        cases = applied.cases;
        total += applied.change === "added" ? 1 : applied.change === "removed" ? -1 : 0;
      }
      commit({ cases, total, counts: body.counts, overdueTasks: body.overdueTasks ?? {} });
      setLoad("idle");
      if (markNew) markFresh(cases.filter((c) => !held.has(c.id)).map((c) => c.id));
    },
    [commit, markFresh, matches, read],
  );

  const refreshCountsSoon = () => {
    if (timers.current.counts) return;
    timers.current.counts = setTimeout(async () => {
      timers.current.counts = undefined;
      const body = (await read("only=counts")) as Pick<QueueData, "counts"> | null;
      if (body) commit({ ...state.current, counts: body.counts });
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
    // A search, or a list cut at its limit, cannot tell from here whether an unseen case belongs in it.
    const truncated = current.total > current.cases.length;
    if (!before && (filterRef.current.q !== "" || truncated)) {
      commit({ ...current, counts });
      if (matches(summary)) reloadSoon();
      return;
    }
    const { cases, change } = applySummary(current.cases, summary, matches);
    const total = current.total + (change === "added" ? 1 : change === "removed" ? -1 : 0);
    commit({ cases, total, counts });
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
    commit({ ...state.current, cases: kept, total: kept.length });
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

  return { ...data, fresh, load, live, apply, reload: () => loadList({ markNew: false }) };
};

type Timer = ReturnType<typeof setTimeout> | undefined;
