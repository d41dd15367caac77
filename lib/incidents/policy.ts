// Who may see and work which incident: the same rule as its cases
// (lib/cases/policy.ts). Officers and legal aid their consulate's, supervisors
// their region's, administrators none. Working one (confirming, dismissing,
// closing, naming its lead, its bulk actions) is for officers and supervisors;
// its notes for every case role.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import type { StaffScope } from "@/lib/server/auth/scope";

export const INCIDENT_WORKERS: readonly Role[] = ["OFFICER", "SUPERVISOR"];

const NOTHING: Prisma.IncidentWhereInput = { id: { in: [] } };

export const incidentWhereForScope = (scope: StaffScope): Prisma.IncidentWhereInput => {
  switch (scope.role) {
    case "ADMIN":
      return NOTHING;
    case "SUPERVISOR":
      return scope.regionId ? { consulate: { regionId: scope.regionId } } : NOTHING;
    case "OFFICER":
    case "LEGAL_AID":
      return scope.consulateId ? { consulateId: scope.consulateId } : NOTHING;
  }
};

/** Incidents still being worked: the queue folds their cases, new panics may join them. */
export const ACTIVE_INCIDENT_STATUSES = ["PROPOSED", "OPEN"] as const;
