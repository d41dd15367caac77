// Reads for the consulate settings screen (administrators only: the routes
// and the page check ADMIN_AREA_ROLES.consulates before calling).
import "server-only";
import { db } from "@/lib/server/db";
import { SETTING_FIELDS, type ConsulateSettings, type SettingField } from "./schema";
import type { AdminConsulate, ConsulateOption, SettingChange, SettingChangeEntry } from "./types";

const HISTORY = 20;

export const settingsSelect = {
  ackAmberMinutes: true,
  ackRedMinutes: true,
  contactAmberMinutes: true,
  contactRedMinutes: true,
  escalationEnabled: true,
  backupConsulateId: true,
  offerAfterMinutes: true,
  raidRadiusKm: true,
  raidWindowMinutes: true,
  raidProposeAt: true,
  raidOpenAt: true,
  timeZone: true,
  contactPhone: true,
} as const satisfies Record<SettingField, true>;

export const pickSettings = (row: ConsulateSettings): ConsulateSettings =>
  Object.fromEntries(SETTING_FIELDS.map((field) => [field, row[field]])) as ConsulateSettings;

type ChangeRow = { id: bigint; changedAt: Date; changes: unknown; changedBy: { name: string } | null };

export const toSettingChange = (row: ChangeRow): SettingChange => ({
  id: String(row.id),
  changedAt: row.changedAt.toISOString(),
  changedByName: row.changedBy?.name ?? null,
  changes: Array.isArray(row.changes) ? (row.changes as SettingChangeEntry[]) : [],
});

const changeSelect = { id: true, changedAt: true, changes: true, changedBy: { select: { name: true } } } as const;

/** Every consulate with its settings, its version and its latest changes, by code. */
export const listAdminConsulates = async (where: { id?: string } = {}): Promise<AdminConsulate[]> => {
  const rows = await db.consulate.findMany({
    where,
    select: {
      id: true,
      code: true,
      name: true,
      city: true,
      state: true,
      region: { select: { name: true } },
      ...settingsSelect,
      _count: { select: { settingChanges: true } },
      settingChanges: { select: changeSelect, orderBy: { id: "desc" }, take: HISTORY },
    },
    orderBy: { code: "asc" },
  });
  return rows.map((row) => ({
    id: row.id,
    code: row.code,
    name: row.name,
    city: row.city,
    state: row.state,
    regionName: row.region.name,
    settings: pickSettings(row),
    version: row._count.settingChanges,
    history: row.settingChanges.map(toSettingChange),
  }));
};

/** One consulate as the settings screen shows it, or null. */
export const getAdminConsulate = async (id: string): Promise<AdminConsulate | null> =>
  (await listAdminConsulates({ id }))[0] ?? null;

/** The consulates an administrator may pick (a backup, a county's new consulate). */
export const listConsulateOptions = async (): Promise<ConsulateOption[]> =>
  db.consulate.findMany({ select: { id: true, code: true, name: true }, orderBy: { code: "asc" } });
