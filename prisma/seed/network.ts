// Seeds the consulate network: regions, consulates (by code) and the default
// jurisdiction of every US county. Idempotent: a second run changes nothing,
// and a run after lib/consulates/network.ts changes brings the rows in line.
// Consulates that disappear from the list are kept: cases refer to them.
// What an administrator changed (a county reassigned, a time zone, a backup)
// is never undone by a later run.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { BACKUPS, CONSULATES, REGIONS } from "@/lib/consulates/network";
import { assignCounties } from "@/lib/geo/assign";

export type NetworkSeedResult = {
  regions: number;
  consulates: number;
  jurisdictions: number;
  /** Jurisdiction rows inserted or changed by this run: 0 on a re-run. */
  jurisdictionsChanged: number;
};

export const seedNetwork = async (db: PrismaClient): Promise<NetworkSeedResult> => {
  // Computed before the transaction opens, so that it holds no locks meanwhile.
  const rows = assignCounties(CONSULATES);

  return db.$transaction(
    async (tx) => {
      const regionIds = new Map<string, string>();
      for (const { code, name } of REGIONS) {
        const region = await tx.region.upsert({
          where: { code },
          create: { code, name },
          update: { name },
          select: { id: true },
        });
        regionIds.set(code, region.id);
      }

      // What an administrator set (lib/consulates/settings-mutations.ts: a row in
      // consulate_setting_changes) is theirs: a seed sets a time zone or a backup
      // only on a consulate nobody has edited.
      const edited = new Set(
        (await tx.consulateSettingChange.findMany({ distinct: ["consulateId"], select: { consulate: { select: { code: true } } } })).map((c) => c.consulate.code),
      );
      for (const { code, regionCode, timeZone, ...fields } of CONSULATES) {
        const regionId = regionIds.get(regionCode);
        if (!regionId) throw new Error(`Consulate ${code} names an unknown region ${regionCode}`);
        await tx.consulate.upsert({
          where: { code },
          create: { code, regionId, timeZone, ...fields },
          update: { regionId, ...fields, ...(edited.has(code) ? {} : { timeZone }) },
          select: { id: true },
        });
      }

      // Each pair's backup, written only where it differs; a consulate not listed keeps what it has.
      await tx.$executeRaw`
        UPDATE "consulates" k SET "backup_consulate_id" = b."id"
        FROM unnest(${BACKUPS.map(([from]) => from)}::text[], ${BACKUPS.map(([, to]) => to)}::text[]) AS p(from_code, to_code)
        JOIN "consulates" b ON b."code" = p.to_code
        WHERE k."code" = p.from_code AND k."backup_consulate_id" IS DISTINCT FROM b."id"
          AND NOT EXISTS (SELECT 1 FROM "consulate_setting_changes" s WHERE s."consulate_id" = k."id")`;

      // ~3,200 rows in one statement: the arrays travel as four parameters and
      // the join turns consulate codes into ids. Rows that would not change are
      // not rewritten, so a re-run leaves no dead tuples behind.
      const changed = await tx.$executeRaw`
        INSERT INTO "jurisdictions" ("county_fips", "county_name", "state", "consulate_id")
        SELECT j.fips, j.name, j.state, c."id"
        FROM unnest(
          ${rows.map((r) => r.countyFips)}::text[],
          ${rows.map((r) => r.countyName)}::text[],
          ${rows.map((r) => r.state)}::text[],
          ${rows.map((r) => r.consulateCode)}::text[]
        ) AS j(fips, name, state, code)
        JOIN "consulates" c ON c."code" = j.code
        ON CONFLICT ("county_fips") DO UPDATE SET
          "county_name" = EXCLUDED."county_name",
          "state" = EXCLUDED."state",
          "consulate_id" = CASE WHEN "jurisdictions"."reassigned_at" IS NULL THEN EXCLUDED."consulate_id" ELSE "jurisdictions"."consulate_id" END
        WHERE ("jurisdictions"."county_name", "jurisdictions"."state", "jurisdictions"."consulate_id")
          IS DISTINCT FROM (EXCLUDED."county_name", EXCLUDED."state",
            -- A county an administrator reassigned keeps its consulate (lib/consulates/jurisdiction-mutations.ts).
            CASE WHEN "jurisdictions"."reassigned_at" IS NULL THEN EXCLUDED."consulate_id" ELSE "jurisdictions"."consulate_id" END)`;

      const stored = await tx.jurisdiction.count();
      if (stored < rows.length) {
        throw new Error(`Only ${stored} of ${rows.length} counties have a jurisdiction after seeding`);
      }
      return {
        regions: REGIONS.length,
        consulates: CONSULATES.length,
        jurisdictions: rows.length,
        jurisdictionsChanged: changed,
      };
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
};
