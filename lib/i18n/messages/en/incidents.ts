// English messages of raid incidents (lib/incidents) (merged into en.ts).
import type { incidentsEs } from "../es/incidents";

export const incidentsEn: Record<keyof typeof incidentsEs, string> = {
  "timeline.kind.INCIDENT_JOINED": "Added to an incident",
  "timeline.kind.INCIDENT_LEFT": "Removed from an incident",
};
