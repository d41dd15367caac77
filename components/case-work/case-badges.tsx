"use client";
import { CaseFlags } from "@/components/ui/case-flags";
import { PriorityBadge } from "@/components/ui/priority-badge";
import { StatusBadge } from "@/components/ui/status-badge";
import { isEnded } from "@/lib/cases/lifecycle";
import { useLiveCase } from "./live-case";

/** Status, priority and flags beside the case number, as of the newest known version. */
export const CaseBadges = () => {
  const { summary } = useLiveCase();
  const ended = isEnded(summary.status);
  return (
    <>
      <span data-testid="case-status">
        <StatusBadge status={summary.status} />
      </span>
      <PriorityBadge priority={summary.priority} ended={ended} />
      <CaseFlags flags={summary} ended={ended} />
    </>
  );
};
