// Reads of the roster: a consulate's week, and who is on duty now. Every read
// takes the caller's scope; a consulate outside it is a 404, as a case is.
import "server-only";
import { db } from "@/lib/server/db";
import type { StaffScope } from "@/lib/server/auth/scope";
import { AppError } from "@/lib/server/errors";
import { onDutyUserIds } from "./on-duty";
import { editsRoster, ON_DUTY_ROLES, rosterConsulateWhere } from "./policy";
import type { DutyPerson, OnDutyBoard, RosterConsulate, RosterView, Shift } from "./types";

const CONSULATE = { id: true, code: true, name: true, timeZone: true, regionId: true } as const;

/** The consulates the scope reads the roster of, by code. */
export const listRosterConsulates = (scope: StaffScope) =>
  db.consulate.findMany({ where: rosterConsulateWhere(scope), select: CONSULATE, orderBy: { code: "asc" } });

/** One consulate the scope reads (the first of its own when no code is given), or a 404. */
export const findRosterConsulate = async (scope: StaffScope, code: string | undefined) => {
  const consulate = await db.consulate.findFirst({
    where: { AND: [rosterConsulateWhere(scope), code ? { code } : {}] },
    select: CONSULATE,
    orderBy: { code: "asc" },
  });
  if (!consulate) throw new AppError("not_found", "not_found");
  return consulate;
};

/** The names of people, in the order of their ids' names. */
const peopleNamed = async (ids: string[]): Promise<DutyPerson[]> =>
  ids.length === 0 ? [] : db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true }, orderBy: { name: "asc" } });

/** Who is on duty at a consulate at `at` (lib/duty/on-duty.ts is the one definition). */
export const onDutyAt = async ({ consulateId, at }: { consulateId: string; at: Date }) =>
  peopleNamed(await onDutyUserIds(db, { consulateId, at }));

type ShiftRow = Omit<Shift, "startsAt" | "endsAt"> & { startsAt: Date | null; endsAt: Date | null };

/** The consulate's local week (Monday first) that holds `week`, or today there: its dates and its two ends as instants. */
const localWeek = async (timeZone: string, week: string | undefined) => {
  const [row] = await db.$queryRaw<{ days: string[]; start: Date; end: Date }[]>`
    WITH m AS (SELECT date_trunc('week', COALESCE(${week ?? null}::date::timestamp, now() AT TIME ZONE ${timeZone}))::date AS monday)
    SELECT ARRAY(SELECT to_char(m.monday + i, 'YYYY-MM-DD') FROM generate_series(0, 6) AS i) AS days,
           (m.monday::timestamp AT TIME ZONE ${timeZone}) AS start,
           ((m.monday + 7)::timestamp AT TIME ZONE ${timeZone}) AS "end"
    FROM m`;
  return row;
};

const listShifts = async ({ consulateId, timeZone, from, to }: { consulateId: string; timeZone: string; from: Date; to: Date }): Promise<Shift[]> => {
  const rows = await db.$queryRaw<ShiftRow[]>`
    SELECT s.id::text AS id, s.kind::text AS kind, s.user_id::text AS "userId", u.name AS "userName",
           (u.active AND u.consulate_id IS NOT DISTINCT FROM s.consulate_id) AS counts, s.note,
           s.weekday::int AS weekday, left(s.starts_local::text, 5) AS "startsLocal", left(s.ends_local::text, 5) AS "endsLocal",
           s.starts_at AS "startsAt", s.ends_at AS "endsAt",
           to_char(s.starts_at AT TIME ZONE ${timeZone}, 'YYYY-MM-DD"T"HH24:MI') AS "startsLocalAt",
           to_char(s.ends_at AT TIME ZONE ${timeZone}, 'YYYY-MM-DD"T"HH24:MI') AS "endsLocalAt"
    FROM duty_shifts s JOIN users u ON u.id = s.user_id
    WHERE s.consulate_id = ${consulateId}::uuid
      AND (s.kind = 'WEEKLY' OR (s.starts_at < ${to} AND s.ends_at > ${from}))
    -- Monday first, as the screen's week.
    ORDER BY (s.weekday + 6) % 7 NULLS LAST, s.starts_local, s.starts_at, u.name, s.id`;
  return rows.map((row) => ({ ...row, startsAt: row.startsAt?.toISOString() ?? null, endsAt: row.endsAt?.toISOString() ?? null }));
};

const publicConsulate = ({ code, name, timeZone }: RosterConsulate): RosterConsulate => ({ code, name, timeZone });

/** One consulate's roster for a week: its shifts, who can stand one, who is on duty now. */
export const getRoster = async (scope: StaffScope, { consulate: code, week }: { consulate?: string; week?: string }): Promise<RosterView> => {
  const consulate = await findRosterConsulate(scope, code);
  const [consulates, bounds, people, onDuty] = await Promise.all([
    listRosterConsulates(scope),
    localWeek(consulate.timeZone, week),
    db.user.findMany({
      where: { consulateId: consulate.id, active: true, role: { in: [...ON_DUTY_ROLES] } },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
    onDutyAt({ consulateId: consulate.id, at: new Date() }),
  ]);
  const shifts = await listShifts({ consulateId: consulate.id, timeZone: consulate.timeZone, from: bounds.start, to: bounds.end });
  return {
    consulate: publicConsulate(consulate),
    consulates: consulates.map(publicConsulate),
    days: bounds.days,
    shifts,
    people,
    onDuty,
    canEdit: editsRoster(scope),
  };
};

/** Who is on duty now at each consulate the scope reads (an officer's one; a supervisor's region). */
export const listOnDuty = async (scope: StaffScope): Promise<OnDutyBoard> => {
  const at = new Date();
  const consulates = await listRosterConsulates(scope);
  const people = await Promise.all(consulates.map((c) => onDutyAt({ consulateId: c.id, at })));
  return { consulates: consulates.map((c, i) => ({ code: c.code, name: c.name, people: people[i] })) };
};
