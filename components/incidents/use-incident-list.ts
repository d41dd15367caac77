"use client";
import { useCallback, useEffect, useState } from "react";
import { useLiveSocket } from "@/lib/client/use-live-socket";
import { applyIncident } from "@/lib/incidents/fold";
import { INCIDENT_CHANGED, type IncidentSummary } from "@/lib/incidents/types";
import { listIncidents } from "./incident-api";

/**
 * The proposed and open incidents this user may see, kept live: read on
 * mount and after every (re)connection, since events sent while disconnected
 * are lost; each `incident:changed` between reads is applied by its version.
 */
export const useIncidentList = (initial: readonly IncidentSummary[] = []) => {
  const [incidents, setIncidents] = useState<readonly IncidentSummary[]>(initial);

  const reload = useCallback(async () => {
    const result = await listIncidents();
    if (!result.ok) return;
    // A change heard while the read was on its way may be newer than the answer.
    setIncidents((current) =>
      current.reduce<IncidentSummary[]>(
        (next, heard) => (next.some((i) => i.id === heard.id && i.version < heard.version) ? applyIncident(next, heard) : next),
        result.data.incidents.reduce<IncidentSummary[]>(applyIncident, []),
      ),
    );
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);

  useLiveSocket({
    listen: (on) => on(INCIDENT_CHANGED, (incident) => setIncidents((list) => applyIncident(list, incident))),
    onConnect: (_socket, reconnected) => {
      if (reconnected) void reload();
    },
  });

  return { incidents, reload };
};
