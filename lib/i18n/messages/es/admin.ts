// Spanish messages of the administration shell (merged into es.ts). Each
// administration screen keeps its own file beside this one.
export const adminEs = {
  "admin.nav.label": "Administración",
  "admin.nav.header.admin": "Administración",
  "admin.nav.header.supervisor": "Personal",
  "admin.nav.staff": "Personal",
  "admin.nav.consulates": "Consulados",
  "admin.nav.jurisdictions": "Jurisdicciones",
  "admin.nav.audit": "Auditoría",
  "admin.nav.relay-keys": "Claves del relay",
  "admin.nav.retention": "Conservación",
};
