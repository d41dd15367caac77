// Raid incidents as the API and the live feed carry them: the contract
// between the incident's data and routes (lib/incidents, app/api/v1/incidents)
// and its screens (the incident page, the queue's folded row, the proposal).
import type { IncidentStatus } from "@/lib/generated/prisma/enums";
import type { CaseSummary } from "@/lib/cases/events";
import type { Place } from "@/lib/geo/place";

export type IncidentSummary = {
  id: string;
  consulateId: string;
  consulateCode: string;
  /** The consulate's IANA zone: the incident's times are shown in it. */
  timeZone: string;
  status: IncidentStatus;
  center: { lat: number; lng: number };
  radiusKm: number;
  /** The centre in words ("Compton, CA · 3 km N"); null far from every town. */
  place: Place | null;
  firstAt: string;
  lastAt: string;
  caseCount: number;
  /** Its cases still NEW (untaken). */
  untakenCount: number;
  lead: { id: string; name: string } | null;
  /** Null when the desk opened it by itself (past the consulate's threshold). */
  openedBy: { id: string; name: string } | null;
  openedAt: string | null;
  closedAt: string | null;
  version: number;
};

export type IncidentNoteView = { id: string; author: { id: string; name: string }; body: string; createdAt: string };

/** GET /api/v1/incidents/:id */
export type IncidentDetail = { incident: IncidentSummary; cases: CaseSummary[]; notes: IncidentNoteView[] };

/** GET /api/v1/incidents?status=PROPOSED,OPEN */
export type IncidentList = { incidents: IncidentSummary[] };

export const BULK_ACTIONS = ["take", "assign", "refer", "close_false_alarm", "family_update"] as const;
export type BulkAction = (typeof BULK_ACTIONS)[number];

/**
 * POST /api/v1/incidents/:id/bulk: one transaction over the listed cases, each
 * at the version the screen showed; one timeline entry per case. A case that
 * changed meanwhile makes the whole request a 409 that lists it, and nothing
 * is written.
 */
export type BulkRequest = {
  action: BulkAction;
  cases: { id: string; version: number }[];
  /** assign: the officer who takes them. */
  ownerId?: string;
  /** refer: the legal-aid member, optional. */
  legalAssigneeId?: string;
  /** close_false_alarm: why (required). */
  reason?: string;
  /** family_update: the approved template's key (lib/family/templates.ts). */
  template?: string;
};

export type BulkResult = {
  updated: number;
  cases: CaseSummary[];
  /** family_update: the listed cases with no contact that has a phone (nothing sent, nothing written). */
  skipped?: { id: string; number: string }[];
};
export type BulkStale = { error: "stale"; stale: { id: string; number: string }[] };
/**
 * 409 (a move the lifecycle does not allow from a case's status, or an ended
 * case) or 403 (a move this person may not make: `role`, `not_owner`): every
 * listed case the action cannot apply to, and nothing is written.
 */
export type BulkRefused = { error: "conflict" | "forbidden"; reason: "refused"; refused: { id: string; number: string; reason: string }[] };

/** Live, to the consulate's room and its region's supervisors: an incident was proposed, opened, joined, changed or closed. */
export const INCIDENT_CHANGED = "incident:changed";
