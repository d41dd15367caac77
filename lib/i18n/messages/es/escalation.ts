// Spanish messages of the escalation policy (lib/escalation) (merged into es.ts).
export const escalationEs = {
  "timeline.kind.ESCALATED": "Escalado",
  "timeline.kind.OFFERED_TO_BACKUP": "Ofrecido al consulado de respaldo",
  "timeline.kind.OFFER_TAKEN": "Tomado por el consulado de respaldo",
};
