// Who may see which case: officers and legal aid their consulate, supervisors
// their region, administrators everything. The same rule gives the Prisma
// filter for reads and the Socket.IO rooms for live delivery.
import type { Prisma } from "@/lib/generated/prisma/client";
import { sql, type Sql } from "@/lib/server/sql";
import type { StaffScope } from "@/lib/server/auth/scope";

// A where-clause that matches nothing, for a scope that is missing its consulate or region.
const NOTHING: Prisma.CaseWhereInput = { id: { in: [] } };

export const caseWhereForScope = (scope: StaffScope): Prisma.CaseWhereInput => {
  switch (scope.role) {
    case "ADMIN":
      return {};
    case "SUPERVISOR":
      return scope.regionId ? { consulate: { regionId: scope.regionId } } : NOTHING;
    case "OFFICER":
    case "LEGAL_AID":
      return scope.consulateId ? { consulateId: scope.consulateId } : NOTHING;
  }
};

/** The same rule for the kept status counts (one row per consulate, status and slot). */
export const caseStatusCountWhereForScope = (scope: StaffScope): Prisma.CaseStatusCountWhereInput => {
  switch (scope.role) {
    case "ADMIN":
      return {};
    case "SUPERVISOR":
      return scope.regionId ? { consulate: { regionId: scope.regionId } } : { consulateId: { in: [] } };
    case "OFFICER":
    case "LEGAL_AID":
      return scope.consulateId ? { consulateId: scope.consulateId } : { consulateId: { in: [] } };
  }
};

/**
 * The same rule as caseWhereForScope, as SQL over `cases c JOIN consulates co`,
 * for the reads that PostgreSQL shapes itself. Keep the two in step.
 */
export const caseSqlForScope = (scope: StaffScope): Sql => {
  switch (scope.role) {
    case "ADMIN":
      return sql`TRUE`;
    case "SUPERVISOR":
      return scope.regionId ? sql`co.region_id = ${scope.regionId}::uuid` : sql`FALSE`;
    case "OFFICER":
    case "LEGAL_AID":
      return scope.consulateId ? sql`c.consulate_id = ${scope.consulateId}::uuid` : sql`FALSE`;
  }
};

export const consulateRoom = (consulateId: string) => `consulate:${consulateId}`;
export const regionRoom = (regionId: string) => `region:${regionId}`;
export const ADMIN_ROOM = "admin";

/** The rooms a signed-in socket joins (besides its user's own, lib/server/realtime). */
export const roomsForScope = (scope: StaffScope): string[] => {
  switch (scope.role) {
    case "ADMIN":
      return [ADMIN_ROOM];
    case "SUPERVISOR":
      return scope.regionId ? [regionRoom(scope.regionId)] : [];
    case "OFFICER":
    case "LEGAL_AID":
      return scope.consulateId ? [consulateRoom(scope.consulateId)] : [];
  }
};

/** The rooms that must hear about a case of this consulate. */
export const roomsForCase = ({ consulateId, regionId }: { consulateId: string; regionId: string }) => [
  consulateRoom(consulateId),
  regionRoom(regionId),
  ADMIN_ROOM,
];
