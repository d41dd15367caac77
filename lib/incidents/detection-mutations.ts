// Raid detection, per consulate: over its panics of the last raid window (by
// alert time, with a last location), new panics first join an incident still
// PROPOSED or OPEN whose area and window they fall in; the rest are clustered
// (findHotspots, the consulate's radius and window), and a cluster of at
// least `raid_propose_at` becomes a PROPOSED incident, of at least
// `raid_open_at` an OPEN one (opened by the desk: `opened_by` null). A
// proposal that reaches the open threshold opens.
//
// It recomputes from the cases each time, so it is durable without a queue of
// its own: a pass that dies leaves the cases as they were, the next one does
// the work. One pass per consulate at a time (a transaction-scoped advisory
// lock; another instance skips that consulate), and no write to a shared row
// per intake: the intake only wakes the loop.
//
// A case that joins keeps its version: its incident is not a change of its
// state, and an officer taking it meanwhile must not get a 409 for it.
import "server-only";
import { db, type Tx } from "@/lib/server/db";
import { recordAudit } from "@/lib/server/audit";
import { haversineKm } from "@/lib/geo/distance";
import { openPoint } from "@/lib/cases/summary-open";
import { keyring } from "@/lib/privacy/keys-data";
import { findHotspots, type TimedPoint } from "@/lib/geo/hotspots";
import { queueIncidentOpenedNotices } from "./notices-mutations";
import { ACTIVE_INCIDENT_STATUSES } from "./policy";
import { publishCases, publishIncidents } from "./publish";

type Policy = { raidRadiusKm: number; raidWindowMinutes: number; raidProposeAt: number; raidOpenAt: number };
type Active = { id: string; status: "PROPOSED" | "OPEN" | "CLOSED" | "DISMISSED"; centerLat: number; centerLng: number; radiusKm: number; firstAt: Date; lastAt: Date };

export type DetectionResult = { incidents: string[]; joined: string[]; opened: string[] };

const EMPTY: DetectionResult = { incidents: [], joined: [], opened: [] };

/** The most unattached panics one pass reads: what a pass does stays well inside its transaction's time. */
export const PASS_LIMIT = 1000;

const lockConsulate = async (tx: Tx, consulateId: string) => {
  const [{ locked }] = await tx.$queryRaw<{ locked: boolean }[]>`
    SELECT pg_try_advisory_xact_lock(hashtextextended(${`amparo:incidents:${consulateId}`}, 0)) AS "locked"`;
  return locked;
};

/** The incident, among those still worked, whose area and window the panic falls in: the nearest. */
const incidentFor = (panic: TimedPoint, active: Active[], windowMs: number) => {
  let best: { incident: Active; km: number } | null = null;
  for (const incident of active) {
    const km = haversineKm({ lat: incident.centerLat, lng: incident.centerLng }, panic);
    const inWindow = panic.at <= incident.lastAt.getTime() + windowMs && panic.at >= incident.firstAt.getTime() - windowMs;
    if (km <= incident.radiusKm && inWindow && (!best || km < best.km)) best = { incident, km };
  }
  return best?.incident ?? null;
};

const joinCases = async (tx: Tx, { incidentId, caseIds }: { incidentId: string; caseIds: string[] }) => {
  const { count } = await tx.case.updateMany({ where: { id: { in: caseIds }, incidentId: null }, data: { incidentId } });
  if (count !== caseIds.length) throw new Error("incident detection raced on a case"); // rolls back; the next pass redoes it
  await tx.caseTimelineEntry.createMany({ data: caseIds.map((caseId) => ({ caseId, kind: "INCIDENT_JOINED" as const, data: { incidentId } })) });
};

/** Its centre, radius, first and last panic again, from all its cases; opens a proposal that reached the threshold. */
// Positions are sealed at rest (lib/privacy), so the members' points are
// opened here, not aggregated by PostgreSQL: a raid's thousands of cases cost
// a few milliseconds a pass. The radius is the farthest member from the centre.
const refreshIncident = async (tx: Tx, { incident, policy, now }: { incident: Active; policy: Policy; now: Date }) => {
  const [ring, members] = await Promise.all([
    keyring(),
    tx.case.findMany({ where: { incidentId: incident.id }, select: { lastLocation: true, alertAt: true } }),
  ]);
  const points = members.flatMap((m) => {
    const point = openPoint(ring, m.lastLocation);
    return point ? [point] : [];
  });
  const times = members.map((m) => m.alertAt.getTime());
  const centroid = points.length > 0
    ? { lat: points.reduce((sum, p) => sum + p.lat, 0) / points.length, lng: points.reduce((sum, p) => sum + p.lng, 0) / points.length }
    : null;
  const stats = {
    members: members.length,
    lat: centroid?.lat ?? null,
    lng: centroid?.lng ?? null,
    farthest: centroid ? Math.max(...points.map((p) => haversineKm(centroid, p))) : null,
    firstAt: times.length > 0 ? new Date(Math.min(...times)) : null,
    lastAt: times.length > 0 ? new Date(Math.max(...times)) : null,
  };
  const center = stats.lat === null || stats.lng === null ? { lat: incident.centerLat, lng: incident.centerLng } : { lat: stats.lat, lng: stats.lng };
  const radiusKm = Math.max(policy.raidRadiusKm, stats.farthest ?? 0);
  const opens = incident.status === "PROPOSED" && stats.members >= policy.raidOpenAt;
  await tx.incident.update({
    where: { id: incident.id },
    data: {
      centerLat: center.lat,
      centerLng: center.lng,
      radiusKm,
      firstAt: new Date(Math.min(incident.firstAt.getTime(), stats.firstAt?.getTime() ?? Infinity)),
      lastAt: new Date(Math.max(incident.lastAt.getTime(), stats.lastAt?.getTime() ?? -Infinity)),
      // Opening is a change of its state: a confirm or dismiss from the proposal's version is then a 409.
      ...(opens && { status: "OPEN", openedAt: now, openedById: null, version: { increment: 1 } }),
    },
  });
  return opens;
};

const detectInTransaction = async (tx: Tx, { consulateId, now }: { consulateId: string; now: Date }): Promise<DetectionResult> => {
  if (!(await lockConsulate(tx, consulateId))) return EMPTY;
  const policy = await tx.consulate.findUniqueOrThrow({
    where: { id: consulateId },
    select: { raidRadiusKm: true, raidWindowMinutes: true, raidProposeAt: true, raidOpenAt: true },
  });
  const windowMs = policy.raidWindowMinutes * 60_000;
  const recent = await tx.case.findMany({
    where: { consulateId, incidentId: null, alertAt: { gte: new Date(now.getTime() - windowMs), lte: now }, lastLocation: { not: null } },
    select: { id: true, lastLocation: true, alertAt: true },
    // A bounded pass, oldest first: in a raid of hundreds a second the rest is the next pass's (woken at once).
    orderBy: { alertAt: "asc" },
    take: PASS_LIMIT,
  });
  if (recent.length === 0) return EMPTY;
  const active = await tx.incident.findMany({
    where: { consulateId, status: { in: [...ACTIVE_INCIDENT_STATUSES] }, lastAt: { gte: new Date(now.getTime() - 2 * windowMs) } },
    select: { id: true, status: true, centerLat: true, centerLng: true, radiusKm: true, firstAt: true, lastAt: true },
  });
  const ring = await keyring();
  const panics: TimedPoint[] = recent.map((c) => {
    const point = openPoint(ring, c.lastLocation)!;
    return { id: c.id, lat: point.lat, lng: point.lng, at: c.alertAt.getTime() };
  });

  // New panics inside an incident's area and window join it.
  const joins = new Map<string, string[]>();
  const loose: TimedPoint[] = [];
  for (const panic of panics) {
    const incident = incidentFor(panic, active, windowMs);
    if (incident) joins.set(incident.id, [...(joins.get(incident.id) ?? []), panic.id]);
    else loose.push(panic);
  }
  const result: DetectionResult = { incidents: [], joined: [], opened: [] };
  for (const incident of active.filter((a) => joins.has(a.id))) {
    const caseIds = joins.get(incident.id)!;
    await joinCases(tx, { incidentId: incident.id, caseIds });
    if (await refreshIncident(tx, { incident, policy, now })) result.opened.push(incident.id);
    result.incidents.push(incident.id);
    result.joined.push(...caseIds);
  }

  // The rest: a dense enough cluster is a new incident.
  const hotspots = findHotspots(loose, { radiusKm: policy.raidRadiusKm, windowMinutes: policy.raidWindowMinutes, minAlerts: policy.raidProposeAt });
  for (const hotspot of hotspots.filter((h) => h.ids.length >= policy.raidProposeAt)) {
    const opens = hotspot.ids.length >= policy.raidOpenAt;
    const incident = await tx.incident.create({
      data: {
        consulateId,
        status: opens ? "OPEN" : "PROPOSED",
        centerLat: hotspot.center.lat,
        centerLng: hotspot.center.lng,
        radiusKm: hotspot.radiusKm,
        firstAt: new Date(hotspot.firstAt),
        lastAt: new Date(hotspot.lastAt),
        openedAt: opens ? now : null,
      },
      select: { id: true },
    });
    await joinCases(tx, { incidentId: incident.id, caseIds: hotspot.ids });
    if (opens) result.opened.push(incident.id);
    result.incidents.push(incident.id);
    result.joined.push(...hotspot.ids);
  }
  for (const incidentId of result.opened) {
    await queueIncidentOpenedNotices(tx, { incidentId, consulateId, at: now });
    await recordAudit({ action: "incident.open", actorUserId: null, targetType: "incident", targetId: incidentId, data: { by: "desk" } }, tx);
  }
  return result;
};

/** One detection pass for one consulate; publishes what changed after the commit. Skips (empty) when another pass holds it. */
export const detectIncidents = async ({ consulateId, now = new Date() }: { consulateId: string; now?: Date }) => {
  const result = await db.$transaction((tx) => detectInTransaction(tx, { consulateId, now }), { timeout: 30_000 });
  if (result.incidents.length > 0) {
    await publishIncidents(result.incidents);
    await publishCases(result.joined);
  }
  return result;
};

/** The consulates with a located, unattached panic inside their raid window: the only ones a pass can change. */
export const consulatesWithRecentPanics = async (now = new Date()) => {
  // One range of the partial index (migration 20261215000400) over the widest window, then each consulate's own.
  const rows = await db.$queryRaw<{ id: string }[]>`
    WITH "widest" AS (SELECT max("raid_window_minutes") AS "minutes" FROM "consulates")
    SELECT DISTINCT c."consulate_id"::text AS "id"
    FROM "cases" c CROSS JOIN "widest" w JOIN "consulates" co ON co."id" = c."consulate_id"
    WHERE c."incident_id" IS NULL AND c."last_location" IS NOT NULL
      AND c."alert_at" >= ${now}::timestamptz - make_interval(mins => w."minutes") AND c."alert_at" <= ${now}::timestamptz
      AND c."alert_at" >= ${now}::timestamptz - make_interval(mins => co."raid_window_minutes")`;
  return rows.map((row) => row.id);
};

/** A pass over every consulate that has recent unattached panics. */
export const detectAllIncidents = async (now = new Date()) => {
  const total: DetectionResult = { incidents: [], joined: [], opened: [] };
  for (const consulateId of await consulatesWithRecentPanics(now)) {
    const result = await detectIncidents({ consulateId, now });
    total.incidents.push(...result.incidents);
    total.joined.push(...result.joined);
    total.opened.push(...result.opened);
  }
  return total;
};
