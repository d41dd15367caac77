// Spanish messages of staff notices outside the browser and the profile screen (lib/notices) (merged into es.ts).
export const noticesEs = {
  "timeline.kind.NOTICE_ACKNOWLEDGED": "Aviso atendido",
};
