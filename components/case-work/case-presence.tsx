"use client";
import { useT } from "@/lib/i18n/client";
import { useLiveCase } from "./live-case";

/** "También viendo: …": the other people with this case open, live; never yourself. */
export const CasePresence = () => {
  const { t } = useT();
  const { connection, viewers, viewer, summary } = useLiveCase();
  const caseId = summary.id;
  const connected = connection === "connected";
  // One chip per person, even with the case open in several tabs.
  const others = [...new Map(viewers.filter((v) => v.userId !== viewer.id).map((v) => [v.userId, v])).values()];
  return (
    <div className="presence" aria-live="polite" data-testid="case-presence" data-count={others.length}>
      {!connected ? null : others.length === 0 ? (
        <p className="presence__alone">{t("caseWork.presence.alone")}</p>
      ) : (
        <>
          <span className="presence__label" id={`presence-${caseId}`}>
            {t("caseWork.presence.label")}
          </span>
          <ul className="presence__list" aria-labelledby={`presence-${caseId}`}>
            {others.map((viewer) => (
              <li key={viewer.userId} className="presence-chip" data-user-id={viewer.userId}>
                <span className="presence-chip__dot" aria-hidden="true" />
                {viewer.name}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
};
