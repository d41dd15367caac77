import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { CaseViewersPanel } from "@/components/audit/case-viewers-panel";
import { CaseNotesPanel } from "@/components/case-work/case-notes-panel";
import { ContactLogPanel } from "@/components/case-work/contact-log-panel";
import { LegalHoldPanel } from "@/components/case-work/legal-hold-panel";
import { CaseHeader } from "@/components/case-work/case-header";
import { CaseTimeline } from "@/components/cases/case-timeline";
import { ContactsPanel } from "@/components/cases/contacts-panel";
import { LocationPanel } from "@/components/cases/location-panel";
import { MessagePanel } from "@/components/cases/message-panel";
import { PersonPanel } from "@/components/cases/person-panel";
import { OfferBanner } from "@/components/escalation/offer-banner";
import { LegalWork, showsLegalWork } from "@/components/legal/legal-work";
import { CaseNoticesPanel } from "@/components/notices/case-notices-panel";
import { listCaseViewers } from "@/lib/audit/viewers-data";
import { CASE_PAGE_PARTS, getCaseAudited } from "@/lib/cases/detail-read";
import { DEFAULT_TIME_ZONE } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import { getLegalDetail, listCaseWorkers, listFacilities } from "@/lib/legal-aid/data";
import { listCaseNotices } from "@/lib/notices/data";
import { pageAddress } from "@/lib/server/http/page-address";
import { getLegalHold } from "@/lib/retention/legal-hold-data";
import { requireCaseReader } from "@/lib/users/landing";

export const dynamic = "force-dynamic";

type CasePageProps = { params: Promise<{ id: string }> };

// Once per request for the metadata and the page: one read.case row for the
// whole page (the legal side and family messages included); the page is not
// rendered if the row cannot be written.
const loadCase = cache(async (id: string) => {
  // Signed out, a shared link to a case comes back here after the sign-in.
  const scope = await requireCaseReader(`/cases/${encodeURIComponent(id)}`);
  const detail = await getCaseAudited({ scope, caseId: id, address: await pageAddress(), parts: CASE_PAGE_PARTS });
  if (!detail) notFound();
  return { scope, detail };
});

export const generateMetadata = async ({ params }: CasePageProps): Promise<Metadata> => {
  const [{ detail }, { t }] = await Promise.all([loadCase((await params).id), getT()]);
  return { title: t("case.pageTitle", { number: detail.summary.number }) };
};

// Every client form sits at a fixed place in this tree: a live refresh
// re-renders the page around them without resetting what is being typed.
const CasePage = async ({ params }: CasePageProps) => {
  const { scope, detail } = await loadCase((await params).id);
  const timeZone = scope.timeZone ?? detail.timeZone ?? DEFAULT_TIME_ZONE;
  const [legal, workers, facilities, notices, viewers, hold] = await Promise.all([
    getLegalDetail(scope, detail.summary.id),
    listCaseWorkers(scope, detail.summary.id),
    listFacilities(),
    // Through a backup offer the case is read, not worked: its own consulate's outbox stays its own.
    detail.offerId ? [] : listCaseNotices(scope, detail.summary.id),
    listCaseViewers(scope, detail.summary.id),
    // A case seen through a backup offer is not this consulate's to hold.
    detail.offerId ? null : getLegalHold(scope, detail.summary.id),
  ]);
  const now = Date.now();
  // Closing warns of these, and offers to cancel their reminders.
  const upcomingHearings = (legal?.hearings ?? [])
    .filter((h) => !h.cancelledAt && !h.result && Date.parse(h.scheduledAt) >= now)
    .map(({ id, court, scheduledAt }) => ({ id, court, scheduledAt }));
  const can = (kind: "note" | "contact") => detail.allowedActions.some((action) => action.kind === kind);
  return (
    <main id="main" className="page page--case">
      {detail.offerId && (
        <OfferBanner
          offer={{ id: detail.offerId, caseId: detail.summary.id, caseNumber: detail.summary.number }}
          fromConsulateCode={detail.summary.consulateCode}
          canTake={scope.role === "OFFICER"}
        />
      )}
      <CaseHeader detail={detail} timeZone={timeZone} viewer={{ id: scope.userId, role: scope.role }} upcomingHearings={upcomingHearings} />
      <div className="case-grid">
        <div className="case-grid__main">
          {hold && <LegalHoldPanel hold={hold} timeZone={timeZone} />}
          <PersonPanel person={detail.person} />
          <MessagePanel message={detail.message} lang={detail.person.preferredLanguage} />
          {legal && showsLegalWork(detail.summary.status, legal) && (
            <LegalWork
              caseId={detail.summary.id}
              status={detail.summary.status}
              consulateCode={detail.summary.consulateCode}
              detail={legal}
              facilities={facilities}
              workers={workers ?? []}
              userId={scope.userId}
              timeZone={timeZone}
            />
          )}
          <ContactsPanel contacts={detail.contacts} />
          <ContactLogPanel detail={detail} timeZone={timeZone} canLog={can("contact")} />
          <CaseNotesPanel caseId={detail.summary.id} notes={detail.notes} timeZone={timeZone} canWrite={can("note")} />
          <LocationPanel detail={detail} timeZone={timeZone} />
          <CaseNoticesPanel notices={notices} timeZone={timeZone} />
        </div>
        <div className="case-grid__side">
          <CaseTimeline detail={detail} timeZone={timeZone} />
          <CaseViewersPanel viewers={viewers ?? []} timeZone={timeZone} />
        </div>
      </div>
    </main>
  );
};

export default CasePage;
