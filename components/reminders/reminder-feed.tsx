"use client";
import { useLatest, useLiveSocket } from "@/lib/client/use-live-socket";
import { REMINDER_CREATED, type ReminderNotice } from "@/lib/legal-aid/events";

type ReminderFeedProps = {
  /** Every connection: reminders created while disconnected are in the database, read them again. */
  onConnect: () => void;
  onReminder: (notice: ReminderNotice) => void;
};

/** The live reminders of the signed-in user (the server sends them to the user's own room). Renders nothing. */
export const ReminderFeed = (props: ReminderFeedProps) => {
  const latest = useLatest(props);
  useLiveSocket({
    onConnect: () => latest.current.onConnect(),
    listen: (on) => on(REMINDER_CREATED, (notice) => latest.current.onReminder(notice)),
  });
  return null;
};
