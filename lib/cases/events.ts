// Realtime events about cases: names and payloads, typed once for the server
// (lib/cases/publish.ts, lib/cases/presence.ts) and the browser (components/cases).
import type { CaseOutcome, CasePriority, CaseStatus, EscalationLevel } from "@/lib/generated/prisma/enums";
import type { Place } from "@/lib/geo/place";
import type { RosterChange } from "@/lib/duty/events";
import type { CaseTransferredNotice, ReminderNotice, TransferNotice } from "@/lib/legal-aid/events";
import type { IncidentSummary } from "@/lib/incidents/types";
import type { OfferNotice } from "@/lib/escalation/events";

export const CASE_CREATED = "case:created";
export const CASE_UPDATED = "case:updated";

export type CaseSummary = {
  id: string;
  number: string;
  status: CaseStatus;
  priority: CasePriority;
  pressCount: number;
  pressedAgain: boolean;
  duress: boolean;
  rescinded: boolean;
  consulateId: string;
  consulateCode: string;
  /** The consulate's IANA zone: times of this case are shown in it. */
  timeZone: string;
  /** Null once retention purged the person's data. */
  personName: string | null;
  alertAt: string;
  lastEventAt: string;
  lastLocation: { lat: number; lng: number; accuracyM: number | null } | null;
  /** The last location as a place (lib/cases/with-place.ts); absent without one, null far from every town. */
  place?: Place | null;
  owner: { id: string; name: string } | null;
  acknowledgedAt: string | null;
  contactedAt: string | null;
  outcome: CaseOutcome | null;
  /** The consulate's response targets, in minutes: the clock turns amber, then red. */
  targets: { ackAmber: number; ackRed: number; contactAmber: number; contactRed: number };
  /** Who in legal aid has the case (its legal record's assignee), once it was referred; null before. */
  legalAssignee: { id: string; name: string } | null;
  /** The raid incident the case belongs to (lib/incidents); null outside one. */
  incidentId: string | null;
  /** How far the case was escalated and not yet answered (lib/escalation); null when nothing is pending. */
  escalation: { level: EscalationLevel; at: string } | null;
  version: number;
};

export type CaseViewer = { userId: string; name: string };

/**
 * To a region's room: the figures of one of its consulates moved (a case came,
 * changed or left). The regional view reads its aggregates again; nothing here
 * names a person or places one.
 */
export const REGION_CHANGED = "region:changed";

export type RegionChange = { consulateCode: string };

export const CASE_PRESENCE = "case:presence";
export const PRESENCE_JOIN = "presence:join";
export const PRESENCE_LEAVE = "presence:leave";

export type CasePresence = { caseId: string; viewers: CaseViewer[] };

export type ServerToClientEvents = {
  [CASE_CREATED]: (summary: CaseSummary) => void;
  [CASE_UPDATED]: (summary: CaseSummary) => void;
  [CASE_PRESENCE]: (presence: CasePresence) => void;
  [REGION_CHANGED]: (change: RegionChange) => void;
  "reminder:created": (reminder: ReminderNotice) => void;
  "transfer:requested": (transfer: TransferNotice) => void;
  "case:transferred": (notice: CaseTransferredNotice) => void;
  "roster:changed": (change: RosterChange) => void;
  /** lib/incidents: an incident was proposed, opened, joined, changed or closed. */
  "incident:changed": (incident: IncidentSummary) => void;
  "offer:changed": (notice: OfferNotice) => void;
};

// A client may ask to be counted as viewing a case; the server checks that
// it may see the case before it joins that case's room.
export type ClientToServerEvents = {
  [PRESENCE_JOIN]: (caseId: string) => void;
  [PRESENCE_LEAVE]: (caseId: string) => void;
};
