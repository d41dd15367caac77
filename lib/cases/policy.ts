// Who may see which case: officers and legal aid their consulate, supervisors
// their region, administrators none (they configure the system; a case read
// needs a case role). The same rule gives the Prisma filter for reads and the
// Socket.IO rooms for live delivery, and what each room is sent of a case.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { sql, type Sql } from "@/lib/server/sql";
import type { StaffScope } from "@/lib/server/auth/scope";
import type { CaseSummary } from "./events";

/** The roles that read and work cases: the `roles` of every case route (withStaff answers the others 403). */
export const CASE_ROLES: readonly Role[] = ["OFFICER", "LEGAL_AID", "SUPERVISOR"];

export const readsCases = (scope: Pick<StaffScope, "role">) => CASE_ROLES.includes(scope.role);

/**
 * The rule itself, for anything that belongs to a consulate (a case, its
 * status counts, an incident): a Prisma filter on that row's consulate; one
 * matching nothing for administrators, and for a scope missing its
 * consulate or region.
 */
export const consulateScopedWhere = (scope: StaffScope) => {
  switch (scope.role) {
    case "ADMIN":
      return { consulateId: { in: [] as string[] } };
    case "SUPERVISOR":
      return scope.regionId ? { consulate: { regionId: scope.regionId } } : { consulateId: { in: [] as string[] } };
    case "OFFICER":
    case "LEGAL_AID":
      return scope.consulateId ? { consulateId: scope.consulateId } : { consulateId: { in: [] as string[] } };
  }
};

export const caseWhereForScope = (scope: StaffScope): Prisma.CaseWhereInput => consulateScopedWhere(scope);

/**
 * Reads of one case by its id: the scope's cases, and for a consulate's staff
 * also a case another consulate's escalation policy offered to it, while the
 * offer is open (lib/escalation). Lists and the queue keep the rule above.
 */
export const caseByIdWhereForScope = (scope: StaffScope): Prisma.CaseWhereInput =>
  (scope.role === "OFFICER" || scope.role === "LEGAL_AID") && scope.consulateId
    ? { OR: [caseWhereForScope(scope), { offers: { some: { toConsulateId: scope.consulateId, status: "OPEN" } } }] }
    : caseWhereForScope(scope);

/** The same rule for the kept status counts (one row per consulate, status and slot). */
export const caseStatusCountWhereForScope = (scope: StaffScope): Prisma.CaseStatusCountWhereInput => consulateScopedWhere(scope);

/**
 * The same rule as caseWhereForScope, as SQL over `cases c`, for the reads
 * that PostgreSQL shapes itself. Keep the two in step.
 *
 * A region is its consulates' ids as an array (`= ANY(ARRAY(…))`), not a join
 * to `consulates` filtered by region: the planner then estimates the region's
 * share of the cases from the cases' own statistics, instead of from those of a
 * 51-row table that autovacuum may never analyse (a region of 10 consulates
 * estimated as 2 made a region's search AND each consulate's 36,000 index
 * entries with the trigram matches: 4 times slower, 8 for its total;
 * docs/performance.md).
 */
export const caseSqlForScope = (scope: StaffScope): Sql => {
  switch (scope.role) {
    case "ADMIN":
      return sql`FALSE`;
    case "SUPERVISOR":
      return scope.regionId
        ? sql`c.consulate_id = ANY(ARRAY(SELECT id FROM consulates WHERE region_id = ${scope.regionId}::uuid))`
        : sql`FALSE`;
    case "OFFICER":
    case "LEGAL_AID":
      return scope.consulateId ? sql`c.consulate_id = ${scope.consulateId}::uuid` : sql`FALSE`;
  }
};

/** The consulates whose cases caseSqlForScope lets this scope see, as SQL over `consulates co`. */
export const consulateSqlForScope = (scope: StaffScope): Sql => {
  switch (scope.role) {
    case "ADMIN":
      return sql`FALSE`;
    case "SUPERVISOR":
      return scope.regionId ? sql`co.region_id = ${scope.regionId}::uuid` : sql`FALSE`;
    case "OFFICER":
    case "LEGAL_AID":
      return scope.consulateId ? sql`co.id = ${scope.consulateId}::uuid` : sql`FALSE`;
  }
};

/** Officers and legal aid of one consulate: its cases whole, exact points included (their queue and map). */
export const consulateRoom = (consulateId: string) => `consulate:${consulateId}`;
/** Supervisors of one region, for the regional view: which consulate's figures moved, nothing about a person. */
export const regionRoom = (regionId: string) => `region:${regionId}`;
/** Supervisors of one region, for their queue and case pages: the cases as those screens show them, without a point. */
export const regionCasesRoom = (regionId: string) => `region-cases:${regionId}`;

/** The rooms a signed-in socket joins (besides its user's own, lib/server/realtime). */
export const roomsForScope = (scope: StaffScope): string[] => {
  switch (scope.role) {
    case "ADMIN":
      return [];
    case "SUPERVISOR":
      return scope.regionId ? [regionRoom(scope.regionId), regionCasesRoom(scope.regionId)] : [];
    case "OFFICER":
    case "LEGAL_AID":
      return scope.consulateId ? [consulateRoom(scope.consulateId)] : [];
  }
};

/** The rooms that read cases of this consulate: notices that name no person and carry no point (transfers). */
export const roomsForCase = ({ consulateId, regionId }: { consulateId: string; regionId: string }) => [
  consulateRoom(consulateId),
  regionCasesRoom(regionId),
];

/**
 * A case as the region's supervisors are sent it: the row their queue and the
 * case page's header show. The exact point stays with the consulate's room;
 * their regional view aggregates, and a case page reads its location itself.
 * The place (with-place.ts) says where the point is, so it goes with it.
 */
export const withoutPoint = ({ place: _place, ...summary }: CaseSummary): CaseSummary => ({ ...summary, lastLocation: null });
