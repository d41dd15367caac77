// Reads for the jurisdictions screen (administrators only: the routes and the
// page check ADMIN_AREA_ROLES.jurisdictions before calling).
import "server-only";
import { db } from "@/lib/server/db";
import type { CountyRow, JurisdictionChangeRow } from "./types";

/** Every county with its consulate, by state and name. */
export const listCounties = async (): Promise<CountyRow[]> => {
  const rows = await db.jurisdiction.findMany({
    select: { countyFips: true, countyName: true, state: true, consulateId: true, reassignedAt: true, consulate: { select: { code: true } } },
    orderBy: [{ state: "asc" }, { countyName: "asc" }],
  });
  return rows.map((r) => ({
    fips: r.countyFips,
    name: r.countyName,
    state: r.state,
    consulateId: r.consulateId,
    consulateCode: r.consulate.code,
    reassignedAt: r.reassignedAt?.toISOString() ?? null,
  }));
};

/** A county's reassignments, newest first; null for an unknown county. */
export const getCountyHistory = async (fips: string): Promise<{ county: CountyRow; changes: JurisdictionChangeRow[] } | null> => {
  const row = await db.jurisdiction.findUnique({
    where: { countyFips: fips },
    select: {
      countyFips: true,
      countyName: true,
      state: true,
      consulateId: true,
      reassignedAt: true,
      consulate: { select: { code: true } },
      changes: {
        orderBy: { id: "desc" },
        take: 50,
        select: {
          id: true,
          changedAt: true,
          reason: true,
          movedOpenCases: true,
          changedBy: { select: { name: true } },
          fromConsulate: { select: { code: true } },
          toConsulate: { select: { code: true } },
        },
      },
    },
  });
  if (!row) return null;
  return {
    county: {
      fips: row.countyFips,
      name: row.countyName,
      state: row.state,
      consulateId: row.consulateId,
      consulateCode: row.consulate.code,
      reassignedAt: row.reassignedAt?.toISOString() ?? null,
    },
    changes: row.changes.map((c) => ({
      id: String(c.id),
      changedAt: c.changedAt.toISOString(),
      changedByName: c.changedBy?.name ?? null,
      fromCode: c.fromConsulate.code,
      toCode: c.toConsulate.code,
      reason: c.reason,
      movedOpenCases: c.movedOpenCases,
    })),
  };
};
