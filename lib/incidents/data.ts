// Reads of incidents: each takes the caller's scope (an incident another
// consulate's, or another region's, is a 404 like a case), except the
// summaries the live feed sends after a commit, which go to rooms chosen by
// the incident's own consulate.
import "server-only";
import { db, type Tx } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { isUuid } from "@/lib/server/ids";
import type { StaffScope } from "@/lib/server/auth/scope";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { IncidentStatus } from "@/lib/generated/prisma/enums";
import { describePlace } from "@/lib/geo/places";
import { caseWhereForScope } from "@/lib/cases/policy";
import { caseSummarySelect, toCaseSummary } from "@/lib/cases/summary";
import { keyring } from "@/lib/privacy/keys-data";
import { withPlace } from "@/lib/cases/with-place";
import { incidentWhereForScope } from "./policy";
import type { IncidentDetail, IncidentSummary } from "./types";

const incidentSelect = {
  id: true,
  consulateId: true,
  status: true,
  centerLat: true,
  centerLng: true,
  radiusKm: true,
  firstAt: true,
  lastAt: true,
  openedAt: true,
  closedAt: true,
  version: true,
  consulate: { select: { code: true, timeZone: true, regionId: true } },
  lead: { select: { id: true, name: true } },
  openedBy: { select: { id: true, name: true } },
} satisfies Prisma.IncidentSelect;

type IncidentRow = Prisma.IncidentGetPayload<{ select: typeof incidentSelect }>;

type Counts = { caseCount: number; untakenCount: number };

const countCases = async (client: Tx, ids: string[]) => {
  const groups = ids.length === 0 ? [] : await client.case.groupBy({ by: ["incidentId", "status"], where: { incidentId: { in: ids } }, _count: { _all: true } });
  const counts = new Map<string, Counts>();
  for (const group of groups) {
    const known = counts.get(group.incidentId!) ?? { caseCount: 0, untakenCount: 0 };
    known.caseCount += group._count._all;
    if (group.status === "NEW") known.untakenCount += group._count._all;
    counts.set(group.incidentId!, known);
  }
  return counts;
};

const toSummary = (row: IncidentRow, counts: Counts | undefined): IncidentSummary => ({
  id: row.id,
  consulateId: row.consulateId,
  consulateCode: row.consulate.code,
  timeZone: row.consulate.timeZone,
  status: row.status,
  center: { lat: row.centerLat, lng: row.centerLng },
  radiusKm: row.radiusKm,
  place: describePlace(row.centerLat, row.centerLng),
  firstAt: row.firstAt.toISOString(),
  lastAt: row.lastAt.toISOString(),
  caseCount: counts?.caseCount ?? 0,
  untakenCount: counts?.untakenCount ?? 0,
  lead: row.lead,
  openedBy: row.openedBy,
  openedAt: row.openedAt?.toISOString() ?? null,
  closedAt: row.closedAt?.toISOString() ?? null,
  version: row.version,
});

const summarize = async (client: Tx, rows: IncidentRow[]) => {
  const counts = await countCases(client, rows.map((row) => row.id));
  return rows.map((row) => toSummary(row, counts.get(row.id)));
};

/** The incidents this scope may see in these statuses, the latest activity first. */
export const listIncidents = async (scope: StaffScope, statuses: readonly IncidentStatus[]): Promise<IncidentSummary[]> => {
  const rows = await db.incident.findMany({
    where: { AND: [incidentWhereForScope(scope), { status: { in: [...statuses] } }] },
    select: incidentSelect,
    orderBy: [{ lastAt: "desc" }, { id: "asc" }],
    take: 200,
  });
  return summarize(db, rows);
};

/** One incident the scope may see, or a 404 (a malformed id, another consulate's or region's). */
export const findVisibleIncident = async <S extends Prisma.IncidentSelect>(client: Tx, { scope, incidentId, select }: { scope: StaffScope; incidentId: string; select: S }) => {
  if (!isUuid(incidentId)) throw new AppError("not_found", "not_found");
  const row = (await client.incident.findFirst({ where: { AND: [{ id: incidentId }, incidentWhereForScope(scope)] }, select })) as Prisma.IncidentGetPayload<{
    select: S;
  }> | null;
  if (!row) throw new AppError("not_found", "not_found");
  return row;
};

/** The incident page: the incident, its cases as the queue shows them (with their place), its notes oldest first. */
export const getIncident = async (scope: StaffScope, incidentId: string): Promise<IncidentDetail> => {
  const row = await findVisibleIncident(db, { scope, incidentId, select: incidentSelect });
  const ring = await keyring();
  const [[incident], cases, notes] = await Promise.all([
    summarize(db, [row]),
    db.case.findMany({
      where: { AND: [{ incidentId: row.id }, caseWhereForScope(scope)] },
      select: caseSummarySelect,
      orderBy: [{ priority: "asc" }, { alertAt: "asc" }, { number: "asc" }],
    }),
    db.incidentNote.findMany({
      where: { incidentId: row.id },
      select: { id: true, body: true, createdAt: true, author: { select: { id: true, name: true } } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
  ]);
  return {
    incident,
    cases: cases.map((c) => withPlace(toCaseSummary(ring, c))),
    notes: notes.map((n) => ({ id: String(n.id), author: n.author, body: ring.open(n.body), createdAt: n.createdAt.toISOString() })),
  };
};

/** The committed summaries of these incidents with their region, for the live feed (no scope: the rooms follow the incident). */
export const getCommittedIncidents = async (ids: readonly string[]) => {
  if (ids.length === 0) return [];
  const rows = await db.incident.findMany({ where: { id: { in: [...ids] } }, select: incidentSelect });
  const summaries = await summarize(db, rows);
  return summaries.map((summary, i) => ({ summary, regionId: rows[i].consulate.regionId }));
};
