// English messages of the administration shell (merged into en.ts).
import type { adminEs } from "../es/admin";

export const adminEn: Record<keyof typeof adminEs, string> = {
  "admin.nav.label": "Administration",
  "admin.nav.header.admin": "Administration",
  "admin.nav.header.supervisor": "Staff",
  "admin.nav.staff": "Staff",
  "admin.nav.consulates": "Consulates",
  "admin.nav.jurisdictions": "Jurisdictions",
  "admin.nav.audit": "Audit",
  "admin.nav.relay-keys": "Relay keys",
  "admin.nav.retention": "Retention",
};
