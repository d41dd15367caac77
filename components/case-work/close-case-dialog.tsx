"use client";
import { useId, type FormEvent } from "react";
import { DialogFooter } from "@/components/ui/dialog-footer";
import { ModalDialog } from "@/components/ui/modal-dialog";
import { transitionSchema } from "@/lib/cases/schema";
import type { CaseOutcome } from "@/lib/generated/prisma/enums";
import { useT } from "@/lib/i18n/client";
import type { OpenTask } from "@/lib/legal-aid/types";
import { formatDateTime } from "@/lib/i18n/format";
import { outcomeKey, OUTCOMES } from "@/lib/i18n/labels";
import { focusFirstInvalid } from "./focus-first-invalid";
import { TransitionNoteField, type TransitionDialogProps } from "./transition-note-field";
import { OpenTasksNotice } from "./open-tasks-notice";
import { fieldErrors, type FieldErrors } from "./write-failure";

/** `cancelReminders`: with hearings still to come, whether their reminders go with the close (on unless unticked). */
export type CloseDraft = { outcome: CaseOutcome | ""; note: string; cancelReminders: boolean };

/** A hearing still to come on the case: the close warns of it. */
export type UpcomingHearing = { id: string; court: string; scheduledAt: string };

type CloseCaseDialogProps = TransitionDialogProps<CloseDraft> & {
  /** The open tasks the server named when it refused to close: offered to cancel with the close. */
  openTasks: readonly OpenTask[];
  upcomingHearings: readonly UpcomingHearing[];
  timeZone: string;
  onSubmit: (close: { outcome: CaseOutcome; note?: string; cancelOpenTasks?: boolean; cancelHearingReminders?: boolean }) => void;
};


/** Closing needs an outcome; the note, optional, goes on the timeline as the reason. */
export const CloseCaseDialog = (props: CloseCaseDialogProps) => {
  const { draft, errors, error, pending, unavailable } = props;
  const { t, locale } = useT();
  const id = useId();
  const hearings = props.upcomingHearings;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const cancelOpenTasks = submitter?.dataset.cancelTasks === "true";
    const found: FieldErrors = {};
    if (!draft.outcome) found.outcome = t("caseWork.field.required");
    const parsed = transitionSchema.pick({ reason: true }).safeParse({ reason: draft.note.trim() || undefined });
    if (!parsed.success) Object.assign(found, fieldErrors(parsed.error.issues, t));
    props.onErrors(found);
    if (!draft.outcome || !parsed.success) return focusFirstInvalid(event.currentTarget);
    props.onSubmit({
      outcome: draft.outcome,
      note: parsed.data.reason,
      ...(cancelOpenTasks && { cancelOpenTasks }),
      ...(hearings.length > 0 && { cancelHearingReminders: draft.cancelReminders }),
    });
  };

  return (
    <ModalDialog title={t("caseWork.close.title")} intro={t("caseWork.close.intro")} onCancel={props.onCancel} testId="close-dialog">
      <form className="form" noValidate onSubmit={submit}>
        <div className="field">
          <label htmlFor={`${id}-outcome`}>{t("caseWork.close.outcome")}</label>
          <select
            id={`${id}-outcome`}
            data-autofocus
            required
            value={draft.outcome}
            onChange={(event) => props.onDraftChange({ ...draft, outcome: event.target.value as CaseOutcome | "" })}
            aria-invalid={errors.outcome ? true : undefined}
            aria-describedby={`${id}-outcome-error`}
          >
            <option value="">{t("caseWork.close.outcomePlaceholder")}</option>
            {OUTCOMES.map((outcome) => (
              <option key={outcome} value={outcome}>
                {t(outcomeKey(outcome))}
              </option>
            ))}
          </select>
          <p id={`${id}-outcome-error`} className="field__error">
            {errors.outcome}
          </p>
        </div>
        <TransitionNoteField
          id={id}
          label={t("caseWork.close.note")}
          value={draft.note}
          onChange={(note) => props.onDraftChange({ ...draft, note })}
          error={errors.reason}
        />
        {hearings.length > 0 && (
          <div className="work-notice close-hearings" data-testid="close-hearings">
            <p>{t("caseWork.close.hearings", { count: hearings.length })}</p>
            <ul>
              {hearings.map((hearing) => (
                <li key={hearing.id}>
                  <time dateTime={hearing.scheduledAt}>{formatDateTime(hearing.scheduledAt, { locale, timeZone: props.timeZone })}</time> · {hearing.court}
                </li>
              ))}
            </ul>
            <label className="close-hearings__check">
              <input
                type="checkbox"
                checked={draft.cancelReminders}
                onChange={(event) => props.onDraftChange({ ...draft, cancelReminders: event.target.checked })}
              />
              {t("caseWork.close.cancelReminders")}
            </label>
          </div>
        )}
        {props.openTasks.length > 0 && <OpenTasksNotice tasks={props.openTasks} pending={pending} />}
        <DialogFooter error={error} unavailable={unavailable} pending={pending} submitLabel={props.submitLabel} onCancel={props.onCancel} />
      </form>
    </ModalDialog>
  );
};
