// Spanish messages of the on-duty roster (lib/duty) (merged into es.ts).
export const rosterEs = {
  "roster.title": "Guardias",
};
