"use client";
import { useEffect, useRef } from "react";

export type QueueKeyActions = {
  move: (step: 1 | -1) => void;
  page: (step: 1 | -1) => void;
  open: () => void;
  take: () => void;
  fresh: () => void;
  search: () => void;
  escape: () => void;
  help: () => void;
  /** While the help is open, the dialog handles the keys itself. */
  paused: boolean;
};

// Typing in a field must never trigger a shortcut.
const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));

// Arrows and Enter keep their usual meaning on buttons and outside the table;
// inside it (or with nothing focused) they drive the selection.
const inQueue = (target: EventTarget | null) =>
  target === document.body || (target instanceof Element && target.closest(".queue-table") !== null);

/** The queue's keyboard shortcuts (listed in shortcuts-dialog.tsx). */
export const useQueueKeys = (actions: QueueKeyActions) => {
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const act = latest.current;
      if (act.paused || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target)) return;
      const run = (action: () => void) => {
        event.preventDefault();
        action();
      };
      // Caps Lock must not turn the letters off; Shift+letter stays free.
      const key = event.key.length === 1 && !event.shiftKey ? event.key.toLowerCase() : event.key;
      switch (key) {
        case "j":
          return run(() => act.move(1));
        case "k":
          return run(() => act.move(-1));
        case "ArrowDown":
          return inQueue(event.target) ? run(() => act.move(1)) : undefined;
        case "ArrowUp":
          return inQueue(event.target) ? run(() => act.move(-1)) : undefined;
        case "l":
          return run(() => act.page(1));
        case "h":
          return run(() => act.page(-1));
        case "ArrowRight":
          return inQueue(event.target) ? run(() => act.page(1)) : undefined;
        case "ArrowLeft":
          return inQueue(event.target) ? run(() => act.page(-1)) : undefined;
        // On a row's link Enter follows it already; this covers a selection without focus.
        case "Enter":
          return event.target === document.body ? run(act.open) : undefined;
        case "a":
          return run(act.take);
        case "n":
          return run(act.fresh);
        case "/":
          return run(act.search);
        case "?":
          return run(act.help);
        case "Escape":
          return act.escape();
      }
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);
};
