"use client";
import { useT } from "@/lib/i18n/client";
import { useLiveCase } from "./live-case";

/**
 * Who has the case, first thing under its number: "Tomado por Ana López" or
 * "Sin asignar"; once referred, who in legal aid has it too.
 */
export const CaseOwner = () => {
  const { t } = useT();
  const { summary, viewer } = useLiveCase();
  const { owner, legalAssignee } = summary;
  return (
    <>
      <CaseOwnerLine owner={owner} viewerId={viewer.id} />
      {legalAssignee && (
        <p className="case-owner" data-testid="case-legal-assignee" data-assignee-id={legalAssignee.id}>
          {t("caseWork.owner.legal", { name: legalAssignee.name })}
          {legalAssignee.id === viewer.id && <span className="case-owner__you">{t("caseWork.owner.you")}</span>}
        </p>
      )}
    </>
  );
};

const CaseOwnerLine = ({ owner, viewerId }: { owner: { id: string; name: string } | null; viewerId: string }) => {
  const { t } = useT();
  return (
    <p className={owner ? "case-owner" : "case-owner case-owner--none"} data-testid="case-owner" data-owner-id={owner?.id ?? ""}>
      {owner ? (
        <>
          {t("caseWork.owner.takenBy", { name: owner.name })}
          {owner.id === viewerId && <span className="case-owner__you">{t("caseWork.owner.you")}</span>}
        </>
      ) : (
        t("caseWork.owner.none")
      )}
    </p>
  );
};
