// The one shape a case takes on the list and over Socket.IO.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Keyring } from "@/lib/privacy/keyring";
import type { CaseSummary } from "./events";
import { openPoint } from "./summary-open";

export const caseSummarySelect = {
  id: true,
  number: true,
  status: true,
  priority: true,
  pressCount: true,
  pressedAgain: true,
  duress: true,
  rescinded: true,
  consulateId: true,
  alertAt: true,
  lastEventAt: true,
  lastLocation: true,
  version: true,
  ownerId: true,
  owner: { select: { name: true } },
  acknowledgedAt: true,
  contactedAt: true,
  outcome: true,
  consulate: {
    select: {
      code: true,
      regionId: true,
      timeZone: true,
      ackAmberMinutes: true,
      ackRedMinutes: true,
      contactAmberMinutes: true,
      contactRedMinutes: true,
    },
  },
  person: { select: { fullName: true } },
  legalRecord: { select: { assigneeId: true, assignee: { select: { name: true } } } },
  incidentId: true,
  escalationLevel: true,
  escalatedAt: true,
} satisfies Prisma.CaseSelect;

export type CaseSummaryRow = Prisma.CaseGetPayload<{ select: typeof caseSummarySelect }>;

/** The summary of a row read with caseSummarySelect, its sealed values opened. */
export const toCaseSummary = (ring: Keyring, row: CaseSummaryRow): CaseSummary => ({
  id: row.id,
  number: row.number,
  status: row.status,
  priority: row.priority,
  pressCount: row.pressCount,
  pressedAgain: row.pressedAgain,
  duress: row.duress,
  rescinded: row.rescinded,
  consulateId: row.consulateId,
  consulateCode: row.consulate.code,
  timeZone: row.consulate.timeZone,
  personName: ring.open(row.person.fullName),
  alertAt: row.alertAt.toISOString(),
  lastEventAt: row.lastEventAt.toISOString(),
  lastLocation: openPoint(ring, row.lastLocation),
  owner: row.ownerId && row.owner ? { id: row.ownerId, name: row.owner.name } : null,
  acknowledgedAt: row.acknowledgedAt?.toISOString() ?? null,
  contactedAt: row.contactedAt?.toISOString() ?? null,
  outcome: row.outcome,
  targets: {
    ackAmber: row.consulate.ackAmberMinutes,
    ackRed: row.consulate.ackRedMinutes,
    contactAmber: row.consulate.contactAmberMinutes,
    contactRed: row.consulate.contactRedMinutes,
  },
  legalAssignee: row.legalRecord?.assigneeId && row.legalRecord.assignee ? { id: row.legalRecord.assigneeId, name: row.legalRecord.assignee.name } : null,
  incidentId: row.incidentId,
  escalation: row.escalationLevel ? { level: row.escalationLevel, at: (row.escalatedAt ?? row.alertAt).toISOString() } : null,
  version: row.version,
});
