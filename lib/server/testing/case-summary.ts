// A CaseSummary for unit tests of the pieces that sort, filter and merge them.
import type { CaseSummary } from "@/lib/cases/events";

export const caseSummary = (overrides: Partial<CaseSummary> = {}): CaseSummary => ({
  id: "c1",
  number: "LAX-2026-000001",
  status: "NEW",
  priority: "HIGH",
  pressCount: 1,
  pressedAgain: false,
  duress: false,
  rescinded: false,
  consulateId: "lax",
  consulateCode: "LAX",
  timeZone: "America/Los_Angeles",
  personName: "Persona",
  alertAt: "2026-11-25T10:00:00.000Z",
  lastEventAt: "2026-11-25T10:00:00.000Z",
  lastLocation: null,
  owner: null,
  acknowledgedAt: null,
  contactedAt: null,
  outcome: null,
  targets: { ackAmber: 5, ackRed: 15, contactAmber: 30, contactRed: 60 },
  legalAssignee: null,
  version: 1,
  ...overrides,
});
