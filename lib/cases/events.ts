// Realtime events about cases: names and payloads, typed once for the server
// (lib/server/realtime) and the browser (components/cases).
import type { CasePriority, CaseStatus } from "@/lib/generated/prisma/enums";

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
  personName: string;
  alertAt: string;
  lastEventAt: string;
  lastLocation: { lat: number; lng: number; accuracyM: number | null } | null;
  version: number;
};

export type ServerToClientEvents = {
  [CASE_CREATED]: (summary: CaseSummary) => void;
  [CASE_UPDATED]: (summary: CaseSummary) => void;
};

// Clients cannot choose rooms or send anything yet; the server decides.
export type ClientToServerEvents = Record<string, never>;
