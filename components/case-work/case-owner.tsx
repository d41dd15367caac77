"use client";
import { useT } from "@/lib/i18n/client";
import { useLiveCase } from "./live-case";

/** Who has the case, first thing under its number: "Tomado por Ana López" or "Sin asignar". */
export const CaseOwner = () => {
  const { t } = useT();
  const { summary, viewer } = useLiveCase();
  const { owner } = summary;
  return (
    <p className={owner ? "case-owner" : "case-owner case-owner--none"} data-testid="case-owner" data-owner-id={owner?.id ?? ""}>
      {owner ? (
        <>
          {t("caseWork.owner.takenBy", { name: owner.name })}
          {owner.id === viewer.id && <span className="case-owner__you">{t("caseWork.owner.you")}</span>}
        </>
      ) : (
        t("caseWork.owner.none")
      )}
    </p>
  );
};
