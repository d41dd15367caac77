"use client";
import { useRef, useState } from "react";
import type { CaseSummary } from "@/lib/cases/events";
import { isEnded } from "@/lib/cases/lifecycle";
import { isPrimaryStep, LEGAL_WORK_ANCHOR, leadsToLegalRecord } from "@/lib/cases/next-step";
import type { CaseStatus } from "@/lib/generated/prisma/enums";
import { useT } from "@/lib/i18n/client";
import { statusKey } from "@/lib/i18n/labels";
import type { OpenTask } from "@/lib/legal-aid/types";
import { transitionKey } from "./case-work-labels";
import { CloseCaseDialog, type CloseDraft, type UpcomingHearing } from "./close-case-dialog";
import { useLiveCase } from "./live-case";
import { ReasonDialog, type ReasonAction } from "./reason-dialog";
import { ReferralDialog, type ReferralDraft } from "./referral-dialog";
import { useCaseWrite } from "./use-case-write";
import { failureMessage, fieldErrors, type FieldErrors } from "./write-failure";

type Target = Exclude<CaseStatus, "NEW">;
type OpenDialog = { kind: "reason"; action: ReasonAction } | { kind: "close" } | { kind: "refer" } | null;

const EMPTY_REASONS: Record<ReasonAction, string> = { NOT_DETAINED: "", RESCINDED: "", reopen: "" };
const EMPTY_CLOSE: CloseDraft = { outcome: "", note: "", cancelReminders: true };
const EMPTY_REFERRAL: ReferralDraft = { assigneeId: "", note: "" };

type CaseActionsProps = {
  /** Hearings of the case still to come (the server's render): closing warns of them. */
  upcomingHearings?: readonly UpcomingHearing[];
  timeZone: string;
};

const isTarget = (to: CaseStatus): to is Target => to !== "NEW";

/**
 * The lifecycle moves this user may make now, by the rule the server applies.
 * Dialog drafts live here, so a live refresh (or a refused write) never
 * wipes what the officer typed.
 */
export const CaseActions = ({ upcomingHearings = [], timeZone }: CaseActionsProps) => {
  const { t } = useT();
  const { summary, allowed, viewer } = useLiveCase();
  const { id: caseId, version, status, owner } = summary;
  const { send, pending } = useCaseWrite(caseId);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [reasons, setReasons] = useState(EMPTY_REASONS);
  const [closeDraft, setCloseDraft] = useState<CloseDraft>(EMPTY_CLOSE);
  const [referral, setReferral] = useState<ReferralDraft>(EMPTY_REFERRAL);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [sending, setSending] = useState<string | null>(null);
  const [openTasks, setOpenTasks] = useState<readonly OpenTask[]>([]);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);

  const transitions = allowed.flatMap((action) => (action.kind === "transition" && isTarget(action.to) ? [action.to] : []));
  const canReopen = allowed.some((action) => action.kind === "reopen");
  const isAllowed = (action: ReasonAction | "CLOSED") => (action === "reopen" ? canReopen : transitions.includes(action));

  const run = async (key: Target | "reopen", body: Record<string, unknown>) => {
    setError(null);
    setNotice(null);
    setErrors({});
    setSending(key);
    const path = key === "reopen" ? "reopen" : "transitions";
    const result = await send<{ case: CaseSummary }>(path, { ...body, version });
    setSending(null);
    if (result.ok) {
      const next = result.data.case;
      setNotice(t(key === "reopen" ? "caseWork.done.reopen" : "caseWork.done.transition", { status: t(statusKey(next.status)) }));
      // The clicked button is gone in the new state: keep the keyboard on the outcome.
      requestAnimationFrame(() => noticeRef.current?.focus());
      if (key === "CLOSED") setCloseDraft(EMPTY_CLOSE);
      if (key === "REFERRED_LEGAL_AID") setReferral(EMPTY_REFERRAL);
      if (key === "reopen" || key === "NOT_DETAINED" || key === "RESCINDED") setReasons((r) => ({ ...r, [key]: "" }));
      setDialog(null);
      return;
    }
    if (result.failure.kind === "invalid") setErrors(fieldErrors(result.failure.issues, t));
    setOpenTasks(result.failure.kind === "conflict" ? (result.failure.openTasks ?? []) : []);
    setError(failureMessage(result.failure, { t, shownStatus: status }));
    if (!dialog) errorRef.current?.focus();
  };

  const choose = (to: Target) => {
    if (to === "NOT_DETAINED" || to === "RESCINDED") return openDialog({ kind: "reason", action: to });
    if (to === "CLOSED") return openDialog({ kind: "close" });
    if (to === "REFERRED_LEGAL_AID") return openDialog({ kind: "refer" });
    void run(to, { to });
  };

  const openDialog = (next: OpenDialog) => {
    setError(null);
    setNotice(null);
    setErrors({});
    setOpenTasks([]);
    setDialog(next);
  };

  const button = (key: Target | "reopen", label: string, primary: boolean, onClick: () => void) => (
    <button
      key={key}
      type="button"
      className={primary ? "button button--primary" : "button button--quiet"}
      data-action={key}
      disabled={pending}
      aria-busy={sending === key}
      onClick={onClick}
    >
      {sending === key && !dialog ? t("caseWork.pending") : label}
    </button>
  );

  // An ended case may be reopened by any officer: naming its last owner would mislead.
  const ownedByOther = owner && owner.id !== viewer.id && !isEnded(status);
  const reasonAction = dialog?.kind === "reason" ? dialog.action : null;
  // Which buttons are primary: lib/cases/next-step.ts, one table for every status and role.
  const primary = (step: Target | "reopen") => isPrimaryStep(viewer.role, status, step);
  const legalRecordLink = leadsToLegalRecord(viewer.role, status) && (
    <a className="button button--primary" href={`#${LEGAL_WORK_ANCHOR}`} data-action="legalRecord">
      {t("caseWork.action.legalRecord")}
    </a>
  );

  return (
    <div className="case-actions" role="group" aria-label={t("caseWork.actions.label")} data-testid="case-actions">
      {transitions.length > 0 || canReopen || legalRecordLink ? (
        <div className="case-actions__buttons">
          {legalRecordLink}
          {transitions.map((to) => button(to, t(transitionKey(to)), primary(to), () => choose(to)))}
          {canReopen && button("reopen", t("caseWork.action.reopen"), primary("reopen"), () => openDialog({ kind: "reason", action: "reopen" }))}
        </div>
      ) : (
        <p className="case-actions__none" data-testid="case-actions-none">
          {ownedByOther ? t("caseWork.actions.ownedByOther", { name: owner.name }) : t("caseWork.actions.none")}
        </p>
      )}
      <p ref={noticeRef} tabIndex={-1} role="status" className="work-status" data-testid="case-actions-status">
        {notice}
      </p>
      <div ref={errorRef} tabIndex={-1} role="alert" className="form__error" data-testid="case-actions-error">
        {dialog ? null : error}
      </div>
      {reasonAction && (
        <ReasonDialog
          action={reasonAction}
          submitLabel={t(reasonAction === "reopen" ? "caseWork.action.reopen" : transitionKey(reasonAction))}
          reason={reasons[reasonAction]}
          onReasonChange={(text) => setReasons((r) => ({ ...r, [reasonAction]: text }))}
          fieldError={errors.reason ?? null}
          onFieldError={(message) => setErrors(message ? { reason: message } : {})}
          error={error}
          pending={pending}
          unavailable={!isAllowed(reasonAction)}
          onSubmit={(reason) => void run(reasonAction, reasonAction === "reopen" ? { reason } : { to: reasonAction, reason })}
          onCancel={() => openDialog(null)}
        />
      )}
      {dialog?.kind === "close" && (
        <CloseCaseDialog
          draft={closeDraft}
          onDraftChange={setCloseDraft}
          errors={errors}
          onErrors={setErrors}
          error={error}
          pending={pending}
          unavailable={!isAllowed("CLOSED")}
          submitLabel={t("caseWork.action.CLOSED")}
          openTasks={openTasks}
          upcomingHearings={upcomingHearings}
          timeZone={timeZone}
          onSubmit={({ note, ...close }) => void run("CLOSED", { to: "CLOSED", reason: note, ...close })}
          onCancel={() => openDialog(null)}
        />
      )}
      {dialog?.kind === "refer" && (
        <ReferralDialog
          caseId={caseId}
          draft={referral}
          onDraftChange={setReferral}
          errors={errors}
          onErrors={setErrors}
          error={error}
          pending={pending}
          unavailable={!transitions.includes("REFERRED_LEGAL_AID")}
          submitLabel={t("caseWork.action.REFERRED_LEGAL_AID")}
          onSubmit={({ legalAssigneeId, note }) => void run("REFERRED_LEGAL_AID", { to: "REFERRED_LEGAL_AID", legalAssigneeId, reason: note })}
          onCancel={() => openDialog(null)}
        />
      )}
    </div>
  );
};
