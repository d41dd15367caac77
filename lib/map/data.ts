import "server-only";
import { db, pool } from "@/lib/server/db";
import type { StaffScope } from "@/lib/server/auth/scope";
import { AppError } from "@/lib/server/errors";
import { ENDED_STATUSES } from "@/lib/cases/lifecycle";
import { caseByIdWhereForScope, caseSqlForScope } from "@/lib/cases/policy";
import { Prisma } from "@/lib/generated/prisma/client";
import { ageOn } from "@/lib/cases/age";
import { findHotspots } from "@/lib/geo/hotspots";
import { findCounty } from "@/lib/geo/jurisdiction";
import { watchesRegions } from "./policy";
import { COORDINATE_SCALE, decodeMapCases, PRIORITY_CODES, RECORD_BYTES, STATUS_CODES } from "./case-codec";
import { keyring } from "@/lib/privacy/keys-data";
import { openPoint, openPointKept } from "@/lib/cases/summary-open";
import { openPerson } from "@/lib/privacy/person";
import { describePlace } from "@/lib/geo/places";
import { MAP_FLAGS, type MapCase, type RaidCase, type RegionOverview, type TrailPoint } from "./schema";

/**
 * Exact points of the open cases this scope may see: the officer's map of
 * their consulate. Never used for the regional view, which aggregates.
 * Positions are sealed at rest (lib/privacy): PostgreSQL hands over the
 * envelopes, this opens them and writes the body (lib/map/case-codec.ts).
 * Opened positions are kept while their envelope stays the same, so a
 * refresh opens only what moved. (Letting PostgreSQL write the body with the
 * envelopes beside it measured slower: npm run bench:map-read.)
 */
export const readMapCases = async (scope: StaffScope): Promise<Uint8Array<ArrayBuffer>> => {
  // Each row's record is written by PostgreSQL, its coordinates left at zero; the positions are filled in here.
  // Read through the pool, not Prisma's raw query: a region's tens of thousands of rows parse several times faster.
  const query = Prisma.sql`
      SELECT
        uuid_send(c.id) || int4send(0) || int4send(0)
          || float8send(floor(extract(epoch FROM c.alert_at) * 1000)::float8)
          || int4send(
            (array_position(${STATUS_CODES}::text[], c.status::text) << 24)
            + (array_position(${PRIORITY_CODES}::text[], c.priority::text) << 16)
            + ((c.duress::int * ${MAP_FLAGS.duress} + c.pressed_again::int * ${MAP_FLAGS.pressedAgain} + c.rescinded::int * ${MAP_FLAGS.rescinded}) << 8)) AS record,
        c.number, c.owner_id::text AS "ownerId", c.last_location AS "lastLocation"
      FROM cases c
      WHERE ${caseSqlForScope(scope)}
        AND c.status::text NOT IN (${Prisma.join(ENDED_STATUSES)})
        AND c.last_location IS NOT NULL`;
  const [ring, { rows }] = await Promise.all([
    keyring(),
    pool().query<{ record: Buffer; number: string; ownerId: string | null; lastLocation: string }>(query.text, query.values as unknown[]),
  ]);
  const header = new TextEncoder().encode(JSON.stringify({ numbers: rows.map((r) => r.number), owners: rows.map((r) => r.ownerId) }));
  const body = new Uint8Array(4 + header.length + rows.length * RECORD_BYTES);
  const view = new DataView(body.buffer);
  view.setUint32(0, header.length);
  body.set(header, 4);
  rows.forEach((row, i) => {
    const at = 4 + header.length + i * RECORD_BYTES;
    body.set(row.record, at);
    const point = openPointKept(ring, row.lastLocation)!;
    view.setInt32(at + 16, Math.round(point.lat * COORDINATE_SCALE));
    view.setInt32(at + 20, Math.round(point.lng * COORDINATE_SCALE));
  });
  return body;
};

export const listMapCases = async (scope: StaffScope): Promise<MapCase[]> => decodeMapCases(await readMapCases(scope));

/** The location trail of one case, oldest first; null when this scope may not see it. */
export const getCaseTrail = async (scope: StaffScope, caseId: string): Promise<TrailPoint[] | null> => {
  const visible = await db.case.count({ where: { AND: [{ id: caseId }, caseByIdWhereForScope(scope)] } });
  if (!visible) return null;
  const [ring, points] = await Promise.all([
    keyring(),
    db.caseLocation.findMany({ where: { caseId }, select: { point: true, capturedAt: true }, orderBy: { capturedAt: "asc" } }),
  ]);
  return points.flatMap((p) => {
    const point = openPoint(ring, p.point);
    return point ? [{ lat: point.lat, lng: point.lng, capturedAt: p.capturedAt.toISOString() }] : [];
  });
};

type ConsulateStats = {
  consulate_id: string;
  open: bigint;
  unacknowledged_past_target: bigint;
  median_ack_seconds: number | null;
};

type TrendRow = { consulate_id: string; hour: Date; alerts: bigint };

const HOTSPOT_LOOKBACK_MINUTES = 120;

type RecentCase = {
  id: string;
  number: string;
  status: RaidCase["status"];
  alertAt: Date;
  lastLat: number;
  lastLng: number;
  consulate: { code: string };
  person: { fullName: string | null; birthDate: Date | null };
};

/**
 * A raid's case as the region's supervisors see it: what their queue and the
 * case page already show them (number, status, name, age) and where in words
 * (the town, ZIP and distance the case page's location also names). The
 * point itself stays here.
 */
const raidCase = (r: RecentCase, now: Date): RaidCase => {
  const county = findCounty(r.lastLat, r.lastLng);
  return {
    id: r.id,
    number: r.number,
    status: r.status,
    consulateCode: r.consulate.code,
    alertAt: r.alertAt.toISOString(),
    personName: r.person.fullName,
    age: ageOn(r.person.birthDate, now),
    place: describePlace(r.lastLat, r.lastLng),
    county: county ? { name: county.name, state: county.state } : null,
  };
};

/**
 * The regional view: per consulate, open cases, new cases past their
 * acknowledgement target, median time to acknowledge today (in the
 * consulate's own day), alerts per hour over 24 hours; and possible raids.
 * No exact case point leaves here: a raid is an area and a list of cases.
 */
export const getRegionOverview = async (scope: StaffScope, regionCode: string | null): Promise<RegionOverview> => {
  if (!watchesRegions(scope)) throw new AppError("forbidden", "role");
  const region = regionCode ? await db.region.findUnique({ where: { code: regionCode }, select: { id: true, code: true, name: true } }) : null;
  // A supervisor sees their own region, and no other: asking for another (or for all) is as if it did not exist.
  if (!region || region.id !== scope.regionId) throw new AppError("not_found", "not_found");
  const consulates = await db.consulate.findMany({
    where: { regionId: region.id },
    select: { id: true, code: true, name: true, lat: true, lng: true, timeZone: true, ackAmberMinutes: true, ackRedMinutes: true },
    orderBy: { code: "asc" },
  });
  const ids = consulates.map((c) => c.id);
  const since = new Date(Date.now() - 24 * 3600_000);

  const [ring, stats, trend, located] = await Promise.all([
    keyring(),
    db.$queryRaw<ConsulateStats[]>`
      SELECT c.consulate_id,
        count(*) FILTER (WHERE c.status NOT IN ('NOT_DETAINED', 'RESCINDED', 'CLOSED')) AS open,
        count(*) FILTER (WHERE c.status = 'NEW' AND c.alert_at < now() - make_interval(mins => co.ack_amber_minutes)) AS unacknowledged_past_target,
        percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM c.acknowledged_at - c.alert_at))
          FILTER (WHERE c.acknowledged_at >= (date_trunc('day', now() AT TIME ZONE co.time_zone) AT TIME ZONE co.time_zone)) AS median_ack_seconds
      FROM cases c JOIN consulates co ON co.id = c.consulate_id
      WHERE c.consulate_id = ANY(${ids}::uuid[])
        AND (c.status NOT IN ('NOT_DETAINED', 'RESCINDED', 'CLOSED') OR c.acknowledged_at >= now() - interval '1 day')
      GROUP BY c.consulate_id`,
    db.$queryRaw<TrendRow[]>`
      SELECT consulate_id, date_trunc('hour', alert_at) AS hour, count(*) AS alerts
      FROM cases WHERE consulate_id = ANY(${ids}::uuid[]) AND alert_at >= ${since}
      GROUP BY consulate_id, hour`,
    db.case.findMany({
      where: { consulateId: { in: ids }, alertAt: { gte: new Date(Date.now() - HOTSPOT_LOOKBACK_MINUTES * 60_000) }, lastLocation: { not: null } },
      select: {
        id: true,
        number: true,
        status: true,
        alertAt: true,
        lastLocation: true,
        consulate: { select: { code: true } },
        person: { select: { fullName: true, birthDate: true } },
      },
    }),
  ]);
  // Opened here, for the clustering and the words of a raid's list; no point leaves this function.
  const recent: RecentCase[] = located.map(({ lastLocation, person, ...r }) => {
    const point = openPoint(ring, lastLocation)!;
    const opened = openPerson(ring, person);
    const birthDate = opened.birthDate ? new Date(`${opened.birthDate}T00:00:00Z`) : null;
    return { ...r, lastLat: point.lat, lastLng: point.lng, person: { fullName: opened.fullName, birthDate } };
  });

  const now = new Date();
  const hourStart = Math.floor(now.getTime() / 3600_000) * 3600_000;
  const byId = new Map(stats.map((s) => [s.consulate_id, s]));
  const byCase = new Map(recent.map((r) => [r.id, r]));
  const hotspots = findHotspots(recent.map((r) => ({ id: r.id, lat: r.lastLat, lng: r.lastLng, at: r.alertAt.getTime() })));

  return {
    region: { code: region.code, name: region.name },
    consulates: consulates.map((c) => {
      const s = byId.get(c.id);
      const hourly = Array.from({ length: 24 }, (_, i) => {
        const start = hourStart - (23 - i) * 3600_000;
        const row = trend.find((t) => t.consulate_id === c.id && t.hour.getTime() === start);
        return Number(row?.alerts ?? 0);
      });
      return {
        code: c.code,
        name: c.name,
        lat: c.lat,
        lng: c.lng,
        open: Number(s?.open ?? 0),
        unacknowledgedPastTarget: Number(s?.unacknowledged_past_target ?? 0),
        medianAckSecondsToday: s?.median_ack_seconds === null || s?.median_ack_seconds === undefined ? null : Math.round(Number(s.median_ack_seconds)),
        alertsPerHour: hourly,
      };
    }),
    hotspots: hotspots.map((h) => ({
      center: { lat: Number(h.center.lat.toFixed(3)), lng: Number(h.center.lng.toFixed(3)) },
      radiusKm: Number(h.radiusKm.toFixed(1)),
      firstAt: new Date(h.firstAt).toISOString(),
      lastAt: new Date(h.lastAt).toISOString(),
      cases: h.ids
        .map((id) => raidCase(byCase.get(id)!, now))
        .sort((a, b) => b.alertAt.localeCompare(a.alertAt) || a.number.localeCompare(b.number)),
    })),
  };
};

/** The cases a regional overview names (its possible raids' people): what its audit row lists. */
export const overviewCaseIds = (overview: RegionOverview) => overview.hotspots.flatMap((h) => h.cases.map((c) => c.id));

/** County → consulate code, for shading counties by their consulate's load. */
export const listJurisdictions = async () => {
  const rows = await db.jurisdiction.findMany({ select: { countyFips: true, consulate: { select: { code: true } } } });
  return Object.fromEntries(rows.map((r) => [r.countyFips, r.consulate.code]));
};
