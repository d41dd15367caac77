"use client";
import type { IncidentStatus } from "@/lib/generated/prisma/enums";
import { useT } from "@/lib/i18n/client";

export const IncidentStatusBadge = ({ status }: { status: IncidentStatus }) => {
  const { t } = useT();
  return (
    <span className={`badge badge--incident-${status.toLowerCase()}`} data-testid="incident-status" data-status={status}>
      {t(`incidents.status.${status}`)}
    </span>
  );
};
