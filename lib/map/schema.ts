// Shapes the map screens read: typed once for the routes and the components.
import type { CasePriority, CaseStatus } from "@/lib/generated/prisma/enums";

export type MapCase = {
  id: string;
  number: string;
  status: CaseStatus;
  priority: CasePriority;
  duress: boolean;
  pressedAgain: boolean;
  rescinded: boolean;
  owned: boolean;
  ownerId: string | null;
  consulateCode: string;
  alertAt: string;
  lat: number;
  lng: number;
};

/**
 * The officer map's read, column by column: 50,000 cases are about a third of
 * the bytes of an array of objects, and PostgreSQL builds the text itself.
 * Flags: 1 duress, 2 pressed again, 4 rescinded. Times in epoch ms.
 */
export type MapCaseColumns = {
  id: string[];
  number: string[];
  status: CaseStatus[];
  priority: CasePriority[];
  flags: number[];
  ownerId: (string | null)[];
  consulateCode: string[];
  alertAt: number[];
  lat: number[];
  lng: number[];
};

export const MAP_FLAGS = { duress: 1, pressedAgain: 2, rescinded: 4 } as const;

export const fromColumns = (columns: MapCaseColumns): MapCase[] =>
  columns.id.map((id, i) => {
    const flags = columns.flags[i];
    return {
      id,
      number: columns.number[i],
      status: columns.status[i],
      priority: columns.priority[i],
      duress: (flags & MAP_FLAGS.duress) !== 0,
      pressedAgain: (flags & MAP_FLAGS.pressedAgain) !== 0,
      rescinded: (flags & MAP_FLAGS.rescinded) !== 0,
      owned: columns.ownerId[i] !== null,
      ownerId: columns.ownerId[i],
      consulateCode: columns.consulateCode[i],
      alertAt: new Date(columns.alertAt[i]).toISOString(),
      lat: columns.lat[i],
      lng: columns.lng[i],
    };
  });

export type ConsulateOverview = {
  code: string;
  name: string;
  lat: number;
  lng: number;
  open: number;
  unacknowledgedPastTarget: number;
  medianAckSecondsToday: number | null;
  /** Alerts in each of the last 24 hours, oldest first. */
  alertsPerHour: number[];
};

export type RaidHotspot = {
  center: { lat: number; lng: number };
  radiusKm: number;
  firstAt: string;
  lastAt: string;
  cases: { id: string; number: string; status: CaseStatus; consulateCode: string; alertAt: string }[];
};

export type RegionOverview = {
  region: { code: string; name: string } | null;
  consulates: ConsulateOverview[];
  hotspots: RaidHotspot[];
};
