// When reminders fire: by default 48 h and 2 h before a hearing or a task's
// due time. A deadline set closer than an offset gets one reminder now (the
// nearest offset already past) rather than none, or a burst of stale ones.
export const REMINDER_OFFSETS_MINUTES = [48 * 60, 2 * 60] as const;

export type ReminderSlot = { offsetMinutes: number; runAt: Date };

export const reminderSchedule = (
  dueAt: Date,
  now: Date,
  offsets: readonly number[] = REMINDER_OFFSETS_MINUTES,
): ReminderSlot[] => {
  if (dueAt.getTime() <= now.getTime()) return [];
  const slots = offsets.map((offsetMinutes) => ({ offsetMinutes, runAt: new Date(dueAt.getTime() - offsetMinutes * 60_000) }));
  const future = slots.filter((slot) => slot.runAt > now);
  const past = slots.filter((slot) => slot.runAt <= now).sort((a, b) => a.offsetMinutes - b.offsetMinutes);
  return past.length > 0 ? [{ offsetMinutes: past[0].offsetMinutes, runAt: now }, ...future] : future;
};
