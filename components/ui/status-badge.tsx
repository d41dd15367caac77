"use client";
import type { CaseStatus } from "@/lib/generated/prisma/enums";
import { useT } from "@/lib/i18n/client";
import { statusKey } from "@/lib/i18n/labels";

export const StatusBadge = ({ status }: { status: CaseStatus }) => {
  const { t } = useT();
  return (
    <span className={`badge badge--status-${status.toLowerCase().replaceAll("_", "-")}`} data-status={status}>
      {t(statusKey(status))}
    </span>
  );
};
