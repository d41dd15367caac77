"use client";
import type { CaseSummary } from "@/lib/cases/events";
import { useT } from "@/lib/i18n/client";
import { Icon } from "./icon";

type Flags = Pick<CaseSummary, "duress" | "pressedAgain" | "pressCount" | "rescinded"> & Partial<Pick<CaseSummary, "escalation">>;

/** `ended`: the case is over; a duress it had is still said, but no longer in red. */
export const CaseFlags = ({ flags, ended = false }: { flags: Flags; ended?: boolean }) => {
  const { t } = useT();
  // An escalation is waiting for an answer (lib/escalation): an ended case waits for none.
  const escalation = ended ? null : (flags.escalation ?? null);
  if (!flags.duress && !flags.pressedAgain && !flags.rescinded && !escalation) {
    return (
      <span className="flags__none">
        <span aria-hidden="true">—</span>
        <span className="sr-only">{t("flag.none")}</span>
      </span>
    );
  }
  return (
    <ul className="flags">
      {escalation && (
        <li className="flag flag--escalated" data-flag="escalated" data-level={escalation.level}>
          <Icon name="alert" />
          {t(`escalation.flag.${escalation.level}`)}
        </li>
      )}
      {flags.duress && (
        <li className={ended ? "flag flag--muted" : "flag flag--duress"} data-flag="duress">
          <Icon name="alert" />
          {t("flag.duress")}
        </li>
      )}
      {flags.pressedAgain && (
        <li className="flag flag--pressed" data-flag="pressed-again">
          <Icon name="repeat" />
          {t("flag.pressedAgain", { count: flags.pressCount })}
        </li>
      )}
      {flags.rescinded && (
        <li className="flag flag--rescinded" data-flag="rescinded">
          <Icon name="cancel" />
          {t("flag.rescinded")}
        </li>
      )}
    </ul>
  );
};
