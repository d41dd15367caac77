"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { CASE_CREATED, CASE_UPDATED, type CaseSummary } from "@/lib/cases/events";
import { useLiveSocket } from "@/lib/client/use-live-socket";
import { applyIncidentCase } from "@/lib/incidents/live";
import { INCIDENT_CHANGED, type IncidentDetail, type IncidentNoteView } from "@/lib/incidents/types";
import { readIncident } from "./incident-api";

export type IncidentLoad = { state: "loading" } | { state: "missing" } | { state: "failed" } | { state: "ready"; detail: IncidentDetail };

// A raid's joins come in bursts: one read for a burst of changes.
const RELOAD_DELAY_MS = 400;

/**
 * One incident, kept live: its cases from case events at once, and the whole
 * detail (header, notes) read again shortly after each `incident:changed` and
 * after every reconnection.
 */
export const useIncident = (id: string) => {
  const [load, setLoad] = useState<IncidentLoad>({ state: "loading" });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const reload = useCallback(async () => {
    const result = await readIncident(id);
    if (result.ok) return setLoad({ state: "ready", detail: result.data });
    if (result.failure.kind === "not_found") return setLoad({ state: "missing" });
    // A failed refresh keeps what is shown; only a first read that fails says so.
    setLoad((before) => (before.state === "ready" ? before : { state: "failed" }));
  }, [id]);

  const reloadSoon = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void reload(), RELOAD_DELAY_MS);
  }, [reload]);

  useEffect(() => {
    void reload();
    return () => clearTimeout(timer.current);
  }, [reload]);

  const applyCases = useCallback(
    (summaries: readonly CaseSummary[]) =>
      setLoad((before) => {
        if (before.state !== "ready") return before;
        const cases = summaries.reduce<readonly CaseSummary[]>((list, summary) => applyIncidentCase(list, summary, id), before.detail.cases);
        return cases === before.detail.cases ? before : { state: "ready", detail: { ...before.detail, cases: [...cases] } };
      }),
    [id],
  );

  const addNote = useCallback(
    (note: IncidentNoteView) =>
      setLoad((before) =>
        before.state !== "ready" || before.detail.notes.some((n) => n.id === note.id)
          ? before
          : { state: "ready", detail: { ...before.detail, notes: [...before.detail.notes, note] } },
      ),
    [],
  );

  const live = useLiveSocket(
    {
      listen: (on) => {
        on(INCIDENT_CHANGED, (incident) => {
          if (incident.id !== id) return;
          setLoad((before) =>
            before.state === "ready" && before.detail.incident.version <= incident.version
              ? { state: "ready", detail: { ...before.detail, incident } }
              : before,
          );
          reloadSoon();
        });
        on(CASE_UPDATED, (summary) => applyCases([summary]));
        on(CASE_CREATED, (summary) => applyCases([summary]));
      },
      onConnect: (_socket, reconnected) => {
        if (reconnected) void reload();
      },
    },
    id,
  );

  return { load, live, reload, applyCases, addNote };
};
