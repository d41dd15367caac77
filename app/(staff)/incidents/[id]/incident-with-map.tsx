"use client";
// The incident's desk with its map: the page composes the two here, so that
// neither components/incidents nor components/map imports the other.
import { IncidentDesk } from "@/components/incidents/incident-desk";
import { IncidentMapLazy } from "@/components/map/incident-map-lazy";
import type { Actor } from "@/lib/cases/lifecycle";

type IncidentWithMapProps = { incidentId: string; actor: Actor; streets: boolean };

export const IncidentWithMap = ({ incidentId, actor, streets }: IncidentWithMapProps) => (
  <IncidentDesk
    incidentId={incidentId}
    actor={actor}
    renderMap={({ incident, cases, pickedId, onPick }) => (
      <IncidentMapLazy
        key={incident.id}
        consulateCode={incident.consulateCode}
        center={incident.center}
        radiusKm={incident.radiusKm}
        firstAt={incident.firstAt}
        lastAt={incident.lastAt}
        cases={cases}
        pickedId={pickedId}
        onPick={onPick}
        streets={streets}
      />
    )}
  />
);
