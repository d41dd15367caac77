// Who may see and work which incident: the same rule as its cases
// (lib/cases/policy.ts). Officers and legal aid their consulate's, supervisors
// their region's, administrators none. Working one (confirming, dismissing,
// closing, naming its lead, its bulk actions) is for officers and supervisors;
// its notes for every case role.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import type { StaffScope } from "@/lib/server/auth/scope";
import { consulateScopedWhere } from "@/lib/cases/policy";

export const INCIDENT_WORKERS: readonly Role[] = ["OFFICER", "SUPERVISOR"];

export const incidentWhereForScope = (scope: StaffScope): Prisma.IncidentWhereInput => consulateScopedWhere(scope);

/** Incidents still being worked: the queue folds their cases, new panics may join them. */
export const ACTIVE_INCIDENT_STATUSES = ["PROPOSED", "OPEN"] as const;
