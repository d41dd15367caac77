"use client";
import type { CasePriority } from "@/lib/generated/prisma/enums";
import { useT } from "@/lib/i18n/client";
import { priorityKey } from "@/lib/i18n/labels";

/** `ended`: the case is over, so its priority no longer calls for anyone: shown muted, never red. */
export const PriorityBadge = ({ priority, ended = false }: { priority: CasePriority; ended?: boolean }) => {
  const { t } = useT();
  return (
    <span className={ended ? "priority priority--ended" : `priority priority--${priority.toLowerCase()}`} data-priority={priority} data-ended={ended || undefined}>
      <span className="priority__bar" aria-hidden="true" />
      {t(priorityKey(priority))}
    </span>
  );
};
