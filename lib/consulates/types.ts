// What the administration screens of consulates and jurisdictions receive.
import type { ConsulateSettings, SettingField } from "./schema";

export type SettingChangeEntry = { field: SettingField; from: unknown; to: unknown };

export type SettingChange = { id: string; changedAt: string; changedByName: string | null; changes: SettingChangeEntry[] };

export type AdminConsulate = {
  id: string;
  code: string;
  name: string;
  city: string;
  state: string;
  regionName: string;
  settings: ConsulateSettings;
  /** How many changes are recorded: the version a save must carry. */
  version: number;
  history: SettingChange[];
};

export type ConsulateOption = { id: string; code: string; name: string };

export type CountyRow = { fips: string; name: string; state: string; consulateId: string; consulateCode: string; reassignedAt: string | null };

export type JurisdictionChangeRow = {
  id: string;
  changedAt: string;
  changedByName: string | null;
  fromCode: string;
  toCode: string;
  reason: string;
  movedOpenCases: number;
};
