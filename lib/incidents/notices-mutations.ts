// When an incident opens (by itself past the consulate's threshold, or
// confirmed by someone), the consulate's on-duty staff and its region's
// supervisors are told outside the browser. The notice names the incident,
// never a person or a place; its step key makes an incident opened twice
// (a retry, two instances) notify once.
import "server-only";
import type { Tx } from "@/lib/server/db";
import { onDutyUserIds } from "@/lib/duty/on-duty";
import { enqueueStaffNotices } from "@/lib/notices/enqueue";

export const queueIncidentOpenedNotices = async (tx: Tx, { incidentId, consulateId, at }: { incidentId: string; consulateId: string; at: Date }) => {
  const { regionId } = await tx.consulate.findUniqueOrThrow({ where: { id: consulateId }, select: { regionId: true } });
  const onDuty = await onDutyUserIds(tx, { consulateId, at });
  const supervisors = await tx.user.findMany({ where: { role: "SUPERVISOR", regionId, active: true }, select: { id: true } });
  const userIds = [...new Set([...onDuty, ...supervisors.map((s) => s.id)])];
  return enqueueStaffNotices(tx, { incidentId, userIds, reason: "INCIDENT", stepKey: `incident:${incidentId}:opened` });
};
