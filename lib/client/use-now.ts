"use client";
import { useEffect, useState } from "react";

/**
 * The current time, refreshed every `intervalMs`. Starts from the server's
 * render time, so that the first client render matches the HTML.
 */
export const useNow = (initialNow: number, intervalMs = 15_000) => {
  const [now, setNow] = useState(initialNow);
  useEffect(() => {
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
};
