"use client";
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { LiveStatus } from "./live-status";
import { useCaseSocket } from "./use-case-socket";

// Several events can arrive together (a press with a location): one refresh for them all.
const REFRESH_DELAY_MS = 400;

/** Re-renders the case page on the server whenever this case changes, or after a reconnection. */
export const CaseLiveRefresh = ({ caseId }: { caseId: string }) => {
  const router = useRouter();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => () => clearTimeout(timer.current), []);

  const refreshSoon = () => {
    if (timer.current) return;
    timer.current = setTimeout(() => {
      timer.current = undefined;
      router.refresh();
    }, REFRESH_DELAY_MS);
  };

  const live = useCaseSocket({
    onUpdated: (summary) => {
      if (summary.id === caseId) refreshSoon();
    },
    onConnected: ({ reconnected }) => {
      if (reconnected) refreshSoon();
    },
  });

  return <LiveStatus state={live} />;
};
