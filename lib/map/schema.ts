// Shapes the map screens read, typed once for the routes and the components,
// and the map routes' queries and segments.
import { z } from "zod";
import type { CasePriority, CaseStatus } from "@/lib/generated/prisma/enums";
import { JURISDICTION_MAX_ZOOM } from "@/lib/geo/basemap-tiles";
import type { Place } from "@/lib/geo/place";
import { text } from "@/lib/server/http/input";

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

/**
 * One case of a possible raid, as the region's supervisors may see it: the
 * name and age their queue and case pages already show, and where in words
 * (never a point: the view is aggregated).
 */
export type RaidCase = {
  id: string;
  number: string;
  status: CaseStatus;
  consulateCode: string;
  alertAt: string;
  personName: string | null;
  /** Whole years today; null when the person gave no birth date. */
  age: number | null;
  /** Where the case's last location is, as a place (lib/geo/places.ts), worded by the browser in the UI's language; null without a location. */
  place: Place | null;
  /** The county of the case's last location: the wording shown when there is no place. */
  county: { name: string; state: string } | null;
};

export type RaidHotspot = {
  center: { lat: number; lng: number };
  radiusKm: number;
  firstAt: string;
  lastAt: string;
  /** Newest alert first. */
  cases: RaidCase[];
};

export type RegionOverview = {
  region: { code: string; name: string };
  consulates: ConsulateOverview[];
  hotspots: RaidHotspot[];
};

/** One recorded position of a case (GET /api/v1/map/cases/:id/trail: `{ trail, place }`, oldest first). */
export type TrailPoint = { lat: number; lng: number; capturedAt: string };

/** GET /api/v1/map/cases/:id/trail: the positions, and the last one as a place (absent without one). */
export type TrailAnswer = { trail: TrailPoint[]; place?: Place | null };

/** GET /api/v1/map/overview?region=OESTE: a region by its code (any letter case); absent or `all` is no region (a 404). */
export const overviewQuerySchema = z.preprocess(
  (params: URLSearchParams) => ({ region: params.get("region") || undefined }),
  z.object({ region: text().optional() }).transform(({ region }) => ({
    region: region && region !== "all" ? region.toUpperCase() : null,
  })),
);

/** GET /api/v1/map/jurisdiction-area?code=LAX */
export const jurisdictionAreaQuerySchema = z.preprocess(
  (params: URLSearchParams) => Object.fromEntries(params),
  z.object({ code: z.string().regex(/^[A-Z]{3}$/, "a consulate's three-letter code") }),
);

const tileIndex = z.string().regex(/^\d{1,3}$/, "a whole number").transform(Number);

/** GET /api/v1/map/jurisdiction-tiles/:z/:x/:y: a tile that exists, up to the shapes' deepest zoom. */
export const tileParamsSchema = z
  .object({ z: tileIndex.pipe(z.number().max(JURISDICTION_MAX_ZOOM)), x: tileIndex, y: tileIndex })
  .refine(({ z: zoom, x, y }) => x < 2 ** zoom && y < 2 ** zoom, { message: "no such tile at this zoom", path: ["x"] });
