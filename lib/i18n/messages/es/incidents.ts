// Spanish messages of raid incidents (lib/incidents) (merged into es.ts).
export const incidentsEs = {
  "timeline.kind.INCIDENT_JOINED": "Añadido a un operativo",
  "timeline.kind.INCIDENT_LEFT": "Retirado de un operativo",
};
