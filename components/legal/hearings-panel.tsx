"use client";
import { useT } from "@/lib/i18n/client";
import type { Hearing } from "@/lib/legal-aid/types";
import { HearingForm } from "./hearing-form";
import { HearingItem } from "./hearing-item";

type HearingsPanelProps = { caseId: string; hearings: readonly Hearing[]; timeZone: string; writable: boolean };

/** The case's hearings in date order, and the form for the next one. */
export const HearingsPanel = ({ caseId, hearings, timeZone, writable }: HearingsPanelProps) => {
  const { t } = useT();
  return (
    <section className="panel" aria-labelledby="hearings-heading" data-testid="hearings">
      <h2 id="hearings-heading" className="panel__title">
        {t("legalPanel.hearing.title")}
      </h2>
      {writable && <HearingForm caseId={caseId} timeZone={timeZone} />}
      {hearings.length === 0 ? (
        <p className="muted">{t("legalPanel.hearing.empty")}</p>
      ) : (
        <ul className="work-log" aria-labelledby="hearings-heading">
          {hearings.map((hearing) => (
            <HearingItem key={hearing.id} caseId={caseId} hearing={hearing} timeZone={timeZone} writable={writable} />
          ))}
        </ul>
      )}
    </section>
  );
};
