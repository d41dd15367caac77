"use client";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { useLiveSocket, type LiveState } from "@/lib/client/use-live-socket";
import { request } from "@/lib/client/request";
import { CASE_CREATED, CASE_UPDATED } from "@/lib/cases/events";
import { CASE_TRANSFERRED, TRANSFER_REQUESTED } from "@/lib/legal-aid/events";
import { legalFilterToSearchParams, type LegalQueueFilter } from "@/lib/legal-aid/filters";
import type { LegalQueueData } from "@/lib/legal-aid/types";

export type LoadState = "idle" | "loading" | "failed";

// A burst of case events (a colleague saving a record field by field) is one read.
const RELOAD_DELAY_MS = 400;

/**
 * The legal-aid queue, kept live. Its rows carry what a case event does not
 * (deadline, facility, assignee), so any event for a visible case, or a new
 * one, reads the list again; transfers bump `transfersTick` for their panel.
 */
export const useLegalQueue = ({ initial, filter }: { initial: LegalQueueData; filter: LegalQueueFilter }) => {
  const router = useRouter();
  const [data, setData] = useState(initial);
  const [load, setLoad] = useState<LoadState>("idle");
  const [transfersTick, setTransfersTick] = useState(0);
  const filterRef = useRef(filter);
  const sequence = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const reload = useCallback(async () => {
    const id = ++sequence.current;
    setLoad("loading");
    const result = await request<LegalQueueData>("GET", "/api/v1/legal-aid/cases", { query: legalFilterToSearchParams(filterRef.current) });
    // The session ended: the server render of this page redirects to sign-in.
    if (!result.ok && result.failure.kind === "unauthorized") router.refresh();
    const body = result.ok ? result.data : null;
    // A newer read (another filter) started meanwhile: its answer wins.
    if (id !== sequence.current) return;
    if (!body) return setLoad("failed");
    setData(body);
    setLoad("idle");
  }, [router]);

  const reloadSoon = useCallback(() => {
    if (timer.current) return;
    timer.current = setTimeout(() => {
      timer.current = undefined;
      void reload();
    }, RELOAD_DELAY_MS);
  }, [reload]);

  const live: LiveState = useLiveSocket({
    onConnect: (_socket, reconnected) => {
      if (reconnected) reloadSoon();
      setTransfersTick((n) => n + 1);
    },
    listen: (on) => {
      on(CASE_CREATED, () => reloadSoon());
      on(CASE_UPDATED, () => reloadSoon());
      on(TRANSFER_REQUESTED, () => setTransfersTick((n) => n + 1));
      on(CASE_TRANSFERRED, () => reloadSoon());
    },
  });

  useEffect(() => {
    if (filterRef.current === filter) return;
    filterRef.current = filter;
    void reload();
  }, [filter, reload]);

  useEffect(() => () => clearTimeout(timer.current), []);

  return { ...data, load, live, reload, transfersTick };
};
