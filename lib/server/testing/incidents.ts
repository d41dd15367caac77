// An incident put straight into a state with `cases` new cases around a point,
// as if detection had found them: for the route, bulk and authorization tests.
import type { CaseStatus, IncidentStatus } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/server/db";
import { createCaseAt } from "./fixtures";

const AT: Record<string, { lat: number; lng: number }> = { LAX: { lat: 33.8958, lng: -118.2201 }, HOU: { lat: 29.76, lng: -95.37 } };

export const createIncidentAt = async ({
  consulate = "LAX",
  cases = 3,
  status = "OPEN",
  caseStatus = "NEW",
  ownerId = null,
}: { consulate?: string; cases?: number; status?: IncidentStatus; caseStatus?: CaseStatus; ownerId?: string | null } = {}) => {
  const center = AT[consulate] ?? AT.LAX;
  const now = new Date();
  const created = [];
  for (let i = 0; i < cases; i++) {
    created.push(
      await createCaseAt({ consulate, status: caseStatus, ownerId, alertAt: new Date(now.getTime() - (cases - i) * 1000), location: { lat: center.lat + i * 0.0005, lng: center.lng - i * 0.0005 } }),
    );
  }
  const { id: consulateId } = await db.consulate.findUniqueOrThrow({ where: { code: consulate }, select: { id: true } });
  const incident = await db.incident.create({
    data: {
      consulateId,
      status,
      centerLat: center.lat,
      centerLng: center.lng,
      radiusKm: 2,
      firstAt: created[0]?.alertAt ?? now,
      lastAt: created.at(-1)?.alertAt ?? now,
      openedAt: status === "PROPOSED" ? null : now,
    },
  });
  await db.case.updateMany({ where: { id: { in: created.map((c) => c.id) } }, data: { incidentId: incident.id } });
  return { incident, cases: created.map((c) => ({ ...c, incidentId: incident.id })) };
};
