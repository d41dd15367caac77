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
  /** When the alert came, in epoch ms (50,000 date strings cost the map's first draw ~40 ms). */
  alertAtMs: number;
  lat: number;
  lng: number;
};

/** Flags of a case on the map, as bits of the read (lib/map/case-codec.ts). */
export const MAP_FLAGS = { duress: 1, pressedAgain: 2, rescinded: 4 } as const;

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

/** One recorded position of a case (GET /api/v1/map/cases/:id/trail: `{ trail }`, oldest first). */
export type TrailPoint = { lat: number; lng: number; capturedAt: string };
