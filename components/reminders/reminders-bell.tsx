"use client";
import Link from "next/link";
import { useCallback, useEffect, useId, useRef, useState } from "react";
import { formatUntil } from "@/components/ui/format-until";
import { Icon } from "@/components/ui/icon";
import { useNow } from "@/lib/client/use-now";
import { request } from "@/lib/client/request";
import { useT } from "@/lib/i18n/client";
import { formatDateTime } from "@/lib/i18n/format";
import type { ReminderNotice } from "@/lib/legal-aid/events";
import { ReminderFeed } from "./reminder-feed";

const LISTEN_AFTER_MS = 2_000;

type Reminder = Pick<ReminderNotice, "id" | "caseId" | "caseNumber" | "targetType" | "title" | "dueAt" | "offsetMinutes">;

/**
 * The signed-in user's unread reminders (hearings and task deadlines): a
 * count on a bell in the header, the list under it, new ones live from the
 * user's own socket room and announced politely.
 */
export const RemindersBell = ({ timeZone }: { timeZone: string }) => {
  const { t, locale } = useT();
  const id = useId();
  const now = useNow(0, 30_000);
  const [reminders, setReminders] = useState<Reminder[]>([]);
  const [open, setOpen] = useState(false);
  const [announce, setAnnounce] = useState("");
  const root = useRef<HTMLDivElement>(null);

  const load = useCallback(async () => {
    const result = await request<{ reminders: Reminder[] }>("GET", "/api/v1/reminders", { query: { unread: "1" } });
    if (result.ok) setReminders(result.data.reminders);
  }, []);

  // The page's own live connection goes first (it is what the desk waits for);
  // the bell reads the list at once and listens from a moment later.
  const [listening, setListening] = useState(false);
  useEffect(() => {
    void load();
    const timer = setTimeout(() => setListening(true), LISTEN_AFTER_MS);
    return () => clearTimeout(timer);
  }, [load]);

  const onReminder = (notice: ReminderNotice) => {
    setReminders((current) => (current.some((r) => r.id === notice.id) ? current : [notice, ...current]));
    setAnnounce(t("reminders.announce", { title: notice.title, number: notice.caseNumber }));
  };

  // A click outside, or Esc, closes the list.
  useEffect(() => {
    if (!open) return;
    const close = (event: Event) => {
      if (event instanceof KeyboardEvent ? event.key === "Escape" : !root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("mousedown", close);
    document.addEventListener("keydown", close);
    return () => {
      document.removeEventListener("mousedown", close);
      document.removeEventListener("keydown", close);
    };
  }, [open]);

  const markRead = async (reminder: Reminder) => {
    setReminders((current) => current.filter((r) => r.id !== reminder.id));
    const result = await request("POST", `/api/v1/reminders/${reminder.id}/read`, { body: {} });
    if (!result.ok) void load();
  };

  const count = reminders.length;
  return (
    <div className="reminders" ref={root} data-testid="reminders">
      {listening && <ReminderFeed onConnect={() => void load()} onReminder={onReminder} />}
      <button
        type="button"
        className="button button--quiet button--small"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        onClick={() => setOpen((o) => !o)}
        data-testid="reminders-button"
      >
        <Icon name="bell" />
        <span className="reminders__label">{t("reminders.button")}</span>
        {count > 0 && (
          <span className="reminders__count" data-testid="reminders-count">
            {count}
            <span className="sr-only"> {t("reminders.unread")}</span>
          </span>
        )}
      </button>
      <p className="sr-only" aria-live="polite">
        {announce}
      </p>
      {open && (
        <div id={`${id}-list`} className="reminders__list" role="region" aria-label={t("reminders.title")}>
          {count === 0 ? (
            <p className="muted">{t("reminders.empty")}</p>
          ) : (
            <ul>
              {reminders.map((r) => (
                <li key={r.id} className="reminders__item" data-testid="reminder">
                  <strong>{t(r.targetType === "hearing" ? "legalDesk.deadline.hearing" : "legalDesk.deadline.task", { title: r.title })}</strong>
                  <span>
                    <Link href={`/cases/${r.caseId}`} prefetch={false} onClick={() => setOpen(false)}>
                      {r.caseNumber}
                    </Link>{" "}
                    · <time dateTime={r.dueAt}>{formatDateTime(r.dueAt, { locale, timeZone })}</time>
                    {now > 0 && ` (${formatUntil({ at: r.dueAt, now, t })})`}
                  </span>
                  <button type="button" className="link-button" onClick={() => void markRead(r)}>
                    {t("reminders.markRead")}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
};
