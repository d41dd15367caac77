"use client";
import { createContext, useCallback, useContext, useState, type ReactNode } from "react";
import type { LiveState } from "@/lib/client/use-case-socket";
import type { CaseSummary, CaseViewer } from "@/lib/cases/events";
import { allowedActions, type CaseAction } from "@/lib/cases/lifecycle";
import type { Role } from "@/lib/generated/prisma/enums";
import { useCaseRoom } from "./use-case-room";
import { useSoonRefresh } from "./use-soon-refresh";

export type Viewer = { id: string; role: Role };

type LiveCase = {
  /** The newest state known: the server's render, or a newer summary from the socket or a write's answer. */
  summary: CaseSummary;
  /** What this viewer may do in that state. */
  allowed: CaseAction[];
  viewer: Viewer;
  /** Shows a newer summary now; the page's refresh brings the rest (timeline, notes) after it. */
  publish: (summary: CaseSummary) => void;
  connection: LiveState;
  /** Everyone with this case open, the viewer included. */
  viewers: CaseViewer[];
};

const LiveCaseContext = createContext<LiveCase | null>(null);

type LiveCaseProviderProps = { summary: CaseSummary; allowed: CaseAction[]; viewer: Viewer; children: ReactNode };

/**
 * The case page's one live connection, and the newest state it knows. Every
 * case event carries the whole summary, so the header need not wait for the
 * server to re-render the page (which can take a second under load) to show
 * that a colleague took the case. Until the render with that version arrives,
 * the actions come from the same pure rule the server applies.
 */
export const LiveCaseProvider = ({ summary, allowed, viewer, children }: LiveCaseProviderProps) => {
  const [latest, setLatest] = useState<CaseSummary | null>(null);
  const refreshSoon = useSoonRefresh();
  const publish = useCallback(
    (next: CaseSummary) => setLatest((known) => (known && known.version > next.version ? known : next)),
    [],
  );
  const room = useCaseRoom(summary.id, {
    onUpdated: (next) => {
      publish(next);
      refreshSoon();
    },
    onReconnected: refreshSoon,
  });
  const newer = latest && latest.id === summary.id && latest.version > summary.version ? latest : null;
  const state = newer ?? summary;
  const value: LiveCase = {
    summary: state,
    allowed: newer
      ? allowedActions(
          { userId: viewer.id, role: viewer.role },
          { status: state.status, ownerId: state.owner?.id ?? null, duress: state.duress, rescinded: state.rescinded },
        )
      : allowed,
    viewer,
    publish,
    connection: room.state,
    viewers: room.viewers,
  };
  return <LiveCaseContext value={value}>{children}</LiveCaseContext>;
};

export const useLiveCase = (): LiveCase => {
  const value = useContext(LiveCaseContext);
  if (!value) throw new Error("useLiveCase() needs a <LiveCaseProvider> above it");
  return value;
};

/** For components that also live outside a case page. */
export const useOptionalLiveCase = () => useContext(LiveCaseContext);
