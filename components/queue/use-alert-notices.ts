"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import type { CaseSummary } from "@/lib/cases/events";
import { useT } from "@/lib/i18n/client";
import { formatPlace } from "@/lib/i18n/format-place";
import type { Translate } from "@/lib/i18n/translate";
import { beep } from "./beep";

const STORAGE_KEY = "amparo.queue.notices";
// Alerts of one burst share a chime and a notification.
const GATHER_MS = 800;
const TAG = "amparo-new-alert";

const numberAndPlace = (summary: CaseSummary, t: Translate) => {
  const place = formatPlace(summary.place, t);
  return place ? t("place.caseAt", { number: summary.number, place }) : summary.number;
};

export type NoticesState = "off" | "on" | "sound-only";

const notificationsAllowed = () => typeof Notification !== "undefined" && Notification.permission === "granted";

/**
 * The sound and desktop notification for new alerts: off until the user turns
 * them on (a click, which lets the page play sound and ask for permission),
 * then remembered in localStorage. A notification names case numbers and
 * towns, never a person: it may show on a locked screen.
 */
export const useAlertNotices = () => {
  const { t } = useT();
  const [enabled, setEnabled] = useState(false);
  const [allowed, setAllowed] = useState(false);
  const audio = useRef<AudioContext | null>(null);
  const gathered = useRef<CaseSummary[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // Read after mount: the server render cannot know, and both renders must match.
  useEffect(() => {
    setEnabled(localStorage.getItem(STORAGE_KEY) === "on");
    setAllowed(notificationsAllowed());
    return () => clearTimeout(timer.current);
  }, []);

  // After a reload the browser keeps audio suspended until the user does something on the page.
  useEffect(() => {
    if (!enabled) return;
    const unlock = () => {
      audio.current ??= new AudioContext();
      void audio.current.resume();
    };
    window.addEventListener("pointerdown", unlock, { once: true });
    window.addEventListener("keydown", unlock, { once: true });
    return () => {
      window.removeEventListener("pointerdown", unlock);
      window.removeEventListener("keydown", unlock);
    };
  }, [enabled]);

  const enable = useCallback(async () => {
    audio.current ??= new AudioContext();
    await audio.current.resume().catch(() => undefined);
    if (typeof Notification !== "undefined" && Notification.permission === "default") {
      await Notification.requestPermission().catch(() => undefined);
    }
    localStorage.setItem(STORAGE_KEY, "on");
    setAllowed(notificationsAllowed());
    setEnabled(true);
    // The chime once, so the user knows what to listen for.
    beep(audio.current);
  }, []);

  const disable = useCallback(() => {
    localStorage.setItem(STORAGE_KEY, "off");
    setEnabled(false);
  }, []);

  const flush = () => {
    timer.current = undefined;
    const cases = gathered.current;
    gathered.current = [];
    if (cases.length === 0) return;
    if (audio.current?.state === "running") beep(audio.current);
    // Someone looking at the queue sees the rows arrive; the notification is for when they are elsewhere.
    if (!notificationsAllowed() || document.hasFocus()) return;
    const title = cases.length === 1 ? t("queue.notify.one", { number: cases[0].number }) : t("queue.notify.many", { count: cases.length });
    const notification = new Notification(title, {
      body: t("queue.notify.body", { numbers: cases.map((c) => numberAndPlace(c, t)).join(", ") }),
      tag: TAG,
      lang: document.documentElement.lang,
    });
    notification.onclick = () => {
      window.focus();
      notification.close();
    };
  };

  /** Call for each new case; a burst becomes one chime and one notification. */
  const announce = (summary: CaseSummary) => {
    if (!enabled) return;
    audio.current ??= new AudioContext();
    gathered.current.push(summary);
    timer.current ??= setTimeout(flush, GATHER_MS);
  };

  const state: NoticesState = !enabled ? "off" : allowed ? "on" : "sound-only";
  return { state, enable, disable, announce };
};
