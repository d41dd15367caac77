// The roster's answers, as the browser reads them (import type only).
import type { ShiftKind } from "@/lib/generated/prisma/enums";

export type DutyPerson = { id: string; name: string };

export type Shift = {
  id: string;
  kind: ShiftKind;
  userId: string;
  userName: string;
  /** Whether the shift puts its person on duty: they are active and still staff of this consulate. */
  counts: boolean;
  note: string | null;
  /** WEEKLY: 0 = Sunday .. 6 = Saturday, and local "HH:MM" times; an end at or before the start runs past midnight. */
  weekday: number | null;
  startsLocal: string | null;
  endsLocal: string | null;
  /** ONCE: the instants, and the same in the consulate's local time ("YYYY-MM-DDTHH:MM"). */
  startsAt: string | null;
  endsAt: string | null;
  startsLocalAt: string | null;
  endsLocalAt: string | null;
};

export type RosterConsulate = { code: string; name: string; timeZone: string };

/** GET /api/v1/roster: one consulate's week. */
export type RosterView = {
  consulate: RosterConsulate;
  /** The consulates the caller may pick (a supervisor's region; an officer's own). */
  consulates: RosterConsulate[];
  /** The week's local dates, Monday first ("YYYY-MM-DD"). */
  days: string[];
  /** Weekly shifts, and the one-off shifts that overlap the week. */
  shifts: Shift[];
  /** Who may be put on a shift: the consulate's active officers and legal aid. */
  people: DutyPerson[];
  onDuty: DutyPerson[];
  canEdit: boolean;
};

/** GET /api/v1/roster/on-duty: who is on duty now, per consulate the caller reads. */
export type OnDutyBoard = { consulates: { code: string; name: string; people: DutyPerson[] }[] };
