"use client";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef } from "react";

// Several events can arrive together (a press with a location): one refresh
// for them all. The header shows the newest summary meanwhile.
const REFRESH_DELAY_MS = 250;

/** A debounced router.refresh(): re-renders the page on the server once for a burst of events. */
export const useSoonRefresh = () => {
  const router = useRouter();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  return useCallback(() => {
    if (timer.current) return;
    timer.current = setTimeout(() => {
      timer.current = undefined;
      router.refresh();
    }, REFRESH_DELAY_MS);
  }, [router]);
};
