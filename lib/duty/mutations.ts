// Writes of the roster: a supervisor adds or removes a shift at a consulate
// of their region. Each is audited in its transaction and announced to the
// consulate's rooms after the commit, so queues re-read who is on duty.
import "server-only";
import { publishToConsulate } from "@/lib/cases/publish";
import { recordAudit } from "@/lib/server/audit";
import type { StaffScope } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { isUuid } from "@/lib/server/ids";
import { findRosterConsulate } from "./data";
import { ROSTER_CHANGED } from "./events";
import { editsRoster, ON_DUTY_ROLES } from "./policy";
import type { CreateShiftInput } from "./schema";

// A TIME column reads and writes a Date on 1970-01-01 UTC.
const clock = (hhmm: string) => new Date(`1970-01-01T${hhmm}:00.000Z`);

const requireEditor = (scope: StaffScope) => {
  if (!editsRoster(scope)) throw new AppError("forbidden", "forbidden");
};

const invalid = (path: string, message: string) => new AppError("invalid_body", "invalid_body", { issues: [{ path, message }] });

const announce = (consulate: { id: string; code: string; regionId: string }) =>
  publishToConsulate({ consulateId: consulate.id, regionId: consulate.regionId }, ROSTER_CHANGED, { consulateCode: consulate.code });

export const createShift = async ({ scope, shift }: { scope: StaffScope; shift: CreateShiftInput }) => {
  requireEditor(scope);
  const consulate = await findRosterConsulate(scope, shift.consulateCode);
  const created = await db.$transaction(async (tx) => {
    // Checked inside the transaction, under a lock on the person: a concurrent move or disabling waits for this shift.
    const [person] = await tx.$queryRaw<{ active: boolean; consulate_id: string | null; role: string }[]>`
      SELECT active, consulate_id::text, role::text FROM users WHERE id = ${shift.userId}::uuid FOR SHARE`;
    if (!person || person.consulate_id !== consulate.id || !ON_DUTY_ROLES.includes(person.role as (typeof ON_DUTY_ROLES)[number])) {
      throw invalid("userId", `must be an officer or legal aid of ${consulate.code}`);
    }
    if (!person.active) throw invalid("userId", "must be an active user");
    const row = await tx.dutyShift.create({
      data: {
        consulateId: consulate.id,
        userId: shift.userId,
        kind: shift.kind,
        note: shift.note || null,
        createdById: scope.userId,
        ...(shift.kind === "WEEKLY"
          ? { weekday: shift.weekday, startsLocal: clock(shift.startsLocal), endsLocal: clock(shift.endsLocal) }
          : { startsAt: new Date(shift.startsAt), endsAt: new Date(shift.endsAt) }),
      },
      select: { id: true },
    });
    await recordAudit(
      {
        action: "duty_shift.created",
        actorUserId: scope.userId,
        targetType: "duty_shift",
        targetId: row.id,
        data: { consulate: consulate.code, kind: shift.kind, userId: shift.userId },
      },
      tx,
    );
    return row;
  });
  announce(consulate);
  return { id: created.id };
};

export const deleteShift = async ({ scope, id }: { scope: StaffScope; id: string }) => {
  requireEditor(scope);
  const regionId = scope.regionId;
  if (!isUuid(id) || !regionId) throw new AppError("not_found", "not_found");
  const consulate = await db.$transaction(async (tx) => {
    // Another region's shift is as absent as one that never was.
    const shift = await tx.dutyShift.findFirst({
      where: { id, consulate: { regionId } },
      select: { kind: true, userId: true, consulate: { select: { id: true, code: true, regionId: true } } },
    });
    if (!shift) throw new AppError("not_found", "not_found");
    const { count } = await tx.dutyShift.deleteMany({ where: { id } });
    if (count === 0) throw new AppError("not_found", "not_found");
    await recordAudit(
      {
        action: "duty_shift.deleted",
        actorUserId: scope.userId,
        targetType: "duty_shift",
        targetId: id,
        data: { consulate: shift.consulate.code, kind: shift.kind, userId: shift.userId },
      },
      tx,
    );
    return shift.consulate;
  });
  announce(consulate);
  return { id, deleted: true };
};
