"use client";
import { useT } from "@/lib/i18n/client";
import type { LiveState } from "@/lib/client/use-case-socket";

/** Text as well as colour; role="status" makes screen readers announce a lost connection. */
export const LiveStatus = ({ state }: { state: LiveState }) => {
  const { t } = useT();
  return (
    <p className={`live-status live-status--${state}`} role="status" data-testid="live-status" data-state={state}>
      <span className="live-status__dot" aria-hidden="true" />
      {t(`live.${state}`)}
    </p>
  );
};
