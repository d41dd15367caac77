// Hearings of a case: scheduled, changed (court, time, type, judge, result)
// or cancelled, each on the timeline with before and after; reminders follow
// the hearing's time.
import "server-only";
import type { StaffScope } from "@/lib/server/auth/scope";
import type { z } from "zod";
import { AppError } from "@/lib/server/errors";
import { isUuid } from "@/lib/server/ids";
import { addTimeline } from "@/lib/cases/timeline";
import { StaleWrite, writeCase } from "@/lib/cases/write";
import { diffFields } from "./diff";
import { onLegalCase } from "./legal-case";
import { syncReminders } from "./reminders";
import type { hearingCreateSchema, HearingPatch } from "./schema";

const hearingSelect = {
  id: true,
  court: true,
  scheduledAt: true,
  type: true,
  judge: true,
  result: true,
  cancelledAt: true,
  version: true,
} as const;

const toHearing = <T extends { scheduledAt: Date; cancelledAt: Date | null }>(h: T) => ({
  ...h,
  scheduledAt: h.scheduledAt.toISOString(),
  cancelledAt: h.cancelledAt?.toISOString() ?? null,
});

// A hearing waits for reminders until it has a result or is cancelled.
const reminderDue = (h: { scheduledAt: Date; cancelledAt: Date | null; result: unknown }) =>
  h.cancelledAt || h.result ? null : h.scheduledAt;

type HearingInput = z.infer<typeof hearingCreateSchema>;

export const scheduleHearing = ({ scope, caseId, hearing }: { scope: StaffScope; caseId: string; hearing: HearingInput }) =>
  writeCase(onLegalCase({ scope, caseId }), async ({ tx }) => {
    const created = await tx.hearing.create({
      data: { ...hearing, judge: hearing.judge ?? null, caseId, createdById: scope.userId },
      select: hearingSelect,
    });
    await addTimeline(tx, {
      caseId,
      kind: "HEARING_SCHEDULED",
      actorUserId: scope.userId,
      data: { hearingId: created.id, court: created.court, scheduledAt: created.scheduledAt.toISOString(), type: created.type, judge: created.judge },
    });
    await syncReminders(tx, { type: "hearing", id: created.id, dueAt: reminderDue(created) });
    return toHearing(created);
  });

export const updateHearing = ({ scope, caseId, hearingId, patch }: { scope: StaffScope; caseId: string; hearingId: string; patch: HearingPatch }) =>
  writeCase(onLegalCase({ scope, caseId }), async ({ tx }) => {
    if (!isUuid(hearingId)) throw new AppError("not_found", "not_found");
    const current = await tx.hearing.findFirst({ where: { id: hearingId, caseId }, select: hearingSelect });
    if (!current) throw new AppError("not_found", "not_found");
    if (current.version !== patch.version) throw new StaleWrite("hearing");
    const { version, cancelled, ...fields } = patch;
    const next = {
      ...fields,
      ...(cancelled !== undefined && { cancelledAt: cancelled ? (current.cancelledAt ?? new Date()) : null }),
    };
    const changes = diffFields(current, next);
    if (changes.length === 0) return toHearing(current);
    const { count } = await tx.hearing.updateMany({ where: { id: hearingId, version }, data: { ...next, version: { increment: 1 } } });
    if (count === 0) throw new StaleWrite("hearing");
    await addTimeline(tx, { caseId, kind: "HEARING_CHANGED", actorUserId: scope.userId, data: { hearingId, court: fields.court ?? current.court, changes } });
    const updated = await tx.hearing.findUniqueOrThrow({ where: { id: hearingId }, select: hearingSelect });
    await syncReminders(tx, { type: "hearing", id: hearingId, dueAt: reminderDue(updated) });
    return toHearing(updated);
  });
