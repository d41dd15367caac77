// Seeds the detention facilities, each with the county its coordinates fall
// in (lib/geo), so the consulate responsible for it follows from the
// jurisdictions table. Idempotent: upserts by code. Needs the network first.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { findCounty } from "@/lib/geo/jurisdiction";
import { DETENTION_FACILITIES, type FacilitySeed } from "@/lib/legal-aid/facility-list";

/** The county FIPS of each facility; throws on one outside every county or in another state. */
export const resolveFacilityCounties = (facilities: readonly FacilitySeed[] = DETENTION_FACILITIES) =>
  facilities.map((facility) => {
    const county = findCounty(facility.lat, facility.lng);
    if (!county || county.state !== facility.state) {
      throw new Error(`Facility ${facility.code} (${facility.lat}, ${facility.lng}) is not in a county of ${facility.state}`);
    }
    return { ...facility, countyFips: county.fips };
  });

export const seedFacilities = async (db: PrismaClient) => {
  const rows = resolveFacilityCounties();
  await db.$transaction(async (tx) => {
    for (const { code, ...fields } of rows) {
      await tx.detentionFacility.upsert({ where: { code }, create: { code, ...fields }, update: fields, select: { id: true } });
    }
  });
  return { facilities: rows.length };
};
