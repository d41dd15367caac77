"use client";
import { useCallback, useEffect, useState } from "react";

const KEY = "amparo-queue-map";
/** Wide enough for the queue's columns and a useful map side by side. */
const WIDE = "(min-width: 1500px)";

/** Whether the map will show beside the queue in this browser (the page starts loading its code early when it will). */
export const wantsQueueMap = () => {
  const saved = window.localStorage.getItem(KEY);
  return saved === null ? window.matchMedia(WIDE).matches : saved === "1";
};

/**
 * Whether the map sits beside the queue: the user's choice, kept in this
 * browser; until they choose, on wide screens only. Null until mounted, so
 * that the server's HTML and the first client render agree.
 */
export const useQueueMap = () => {
  const [shown, setShown] = useState<boolean | null>(null);
  useEffect(() => {
    setShown(wantsQueueMap());
  }, []);
  const toggle = useCallback(() => {
    setShown((current) => {
      const next = !current;
      window.localStorage.setItem(KEY, next ? "1" : "0");
      return next;
    });
  }, []);
  return { shown: shown === true, toggle };
};
