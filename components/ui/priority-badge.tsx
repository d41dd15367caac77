"use client";
import type { CasePriority } from "@/lib/generated/prisma/enums";
import { useT } from "@/lib/i18n/client";
import { priorityKey } from "@/lib/i18n/labels";

export const PriorityBadge = ({ priority }: { priority: CasePriority }) => {
  const { t } = useT();
  return (
    <span className={`priority priority--${priority.toLowerCase()}`} data-priority={priority}>
      <span className="priority__bar" aria-hidden="true" />
      {t(priorityKey(priority))}
    </span>
  );
};
