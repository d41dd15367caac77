import { isEnded } from "@/lib/cases/lifecycle";
import { LEGAL_WORK_ANCHOR } from "@/lib/cases/next-step";
import type { CaseStatus } from "@/lib/generated/prisma/enums";
import { getT } from "@/lib/i18n/server";
import type { Facility, LegalDetail, Worker } from "@/lib/legal-aid/types";
import { FamilyPanel } from "./family-panel";
import { HearingsPanel } from "./hearings-panel";
import { LegalRecordPanel } from "./legal-record-panel";
import { TasksPanel } from "./tasks-panel";
import { TransferPanel } from "./transfer-panel";

type LegalWorkProps = {
  caseId: string;
  status: CaseStatus;
  consulateCode: string;
  detail: LegalDetail;
  facilities: readonly Facility[];
  workers: readonly Worker[];
  userId: string;
  timeZone: string;
};

// Legal work starts once a detention is confirmed; a case with legal data keeps showing it afterwards.
const LEGAL_STATUSES: readonly CaseStatus[] = ["DETENTION_CONFIRMED", "REFERRED_LEGAL_AID"];

export const showsLegalWork = (status: CaseStatus, detail: LegalDetail) =>
  LEGAL_STATUSES.includes(status) || detail.record !== null || detail.hearings.length > 0 || detail.tasks.length > 0 || detail.transfers.length > 0;

/** The case page's legal side: record, hearings, tasks, transfers and family updates. */
export const LegalWork = async ({ caseId, status, consulateCode, detail, facilities, workers, userId, timeZone }: LegalWorkProps) => {
  const { t } = await getT();
  return (
    <div className="legal-work" id={LEGAL_WORK_ANCHOR} data-testid="legal-work">
      {!detail.writable && (
        <p className="legal-readonly" data-testid="legal-readonly">
          {t(isEnded(status) ? "legalPanel.readonly.ended" : "legalPanel.readonly.role")}
        </p>
      )}
      <LegalRecordPanel caseId={caseId} detail={detail} facilities={facilities} workers={workers} />
      <HearingsPanel caseId={caseId} hearings={detail.hearings} timeZone={timeZone} writable={detail.writable} />
      <TasksPanel caseId={caseId} tasks={detail.tasks} workers={workers} userId={userId} timeZone={timeZone} writable={detail.writable} />
      <TransferPanel caseId={caseId} consulateCode={consulateCode} detail={detail} timeZone={timeZone} />
      <FamilyPanel caseId={caseId} detail={detail} userId={userId} timeZone={timeZone} />
    </div>
  );
};
