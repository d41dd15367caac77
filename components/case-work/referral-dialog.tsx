"use client";
import { useCallback, useEffect, useId, useState, type FormEvent } from "react";
import { DialogFooter } from "@/components/ui/dialog-footer";
import { ModalDialog } from "@/components/ui/modal-dialog";
import { request } from "@/lib/client/request";
import { transitionSchema } from "@/lib/cases/schema";
import { useT } from "@/lib/i18n/client";
import type { ReferralAssignees } from "@/lib/legal-aid/types";
import { focusFirstInvalid } from "./focus-first-invalid";
import { TransitionNoteField, type TransitionDialogProps } from "./transition-note-field";
import { fieldErrors, type FieldErrors } from "./write-failure";

/** The referral being written: whom in legal aid ("" until the suggestion arrives, or when nobody can be named) and the note. */
export type ReferralDraft = { assigneeId: string; note: string };

type ReferralDialogProps = TransitionDialogProps<ReferralDraft> & {
  caseId: string;
  onSubmit: (referral: { legalAssigneeId?: string; note?: string }) => void;
};

type Load = { state: "loading" } | { state: "failed" } | { state: "ready"; list: ReferralAssignees };


/**
 * Referring to legal aid names who there takes the case: the one of the
 * consulate's legal-aid staff with the fewest open cases is chosen already,
 * and the officer may pick another. The note goes on the timeline.
 */
export const ReferralDialog = (props: ReferralDialogProps) => {
  const { caseId, draft, onDraftChange, errors, error, pending, unavailable } = props;
  const { t } = useT();
  const id = useId();
  const [load, setLoad] = useState<Load>({ state: "loading" });

  const fetchList = useCallback(async () => {
    setLoad({ state: "loading" });
    const result = await request<ReferralAssignees | null>("GET", `/api/v1/cases/${encodeURIComponent(caseId)}/legal-assignees`);
    if (!result.ok || !result.data) return setLoad({ state: "failed" });
    setLoad({ state: "ready", list: result.data });
  }, [caseId]);

  useEffect(() => {
    void fetchList();
  }, [fetchList]);

  // The suggestion fills an empty choice once, when the list arrives; a choice already made stays.
  const suggestedId = load.state === "ready" ? load.list.suggestedId : null;
  useEffect(() => {
    if (suggestedId && !draft.assigneeId) onDraftChange({ ...draft, assigneeId: suggestedId });
  }, [suggestedId, draft, onDraftChange]);

  const nobody = load.state === "ready" && load.list.assignees.length === 0;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: FieldErrors = {};
    if (!nobody && !draft.assigneeId) found.legalAssigneeId = t("caseWork.field.required");
    const parsed = transitionSchema.pick({ reason: true }).safeParse({ reason: draft.note.trim() || undefined });
    if (!parsed.success) Object.assign(found, fieldErrors(parsed.error.issues, t));
    props.onErrors(found);
    if (Object.keys(found).length > 0 || !parsed.success) return focusFirstInvalid(event.currentTarget);
    props.onSubmit({ ...(draft.assigneeId && { legalAssigneeId: draft.assigneeId }), note: parsed.data.reason });
  };

  return (
    <ModalDialog title={t("caseWork.refer.title")} intro={t("caseWork.refer.intro")} onCancel={props.onCancel} testId="referral-dialog">
      <form className="form" noValidate onSubmit={submit}>
        <div className="field">
          {/* A label names a control: without the list there is none, and the heading stands alone. */}
          {load.state === "failed" || nobody ? <p className="field__label">{t("caseWork.refer.assignee")}</p> : <label htmlFor={`${id}-assignee`}>{t("caseWork.refer.assignee")}</label>}
          {load.state === "failed" ? (
            <p className="assign-form__failed">
              {t("caseWork.assign.loadFailed")}{" "}
              <button type="button" className="button button--quiet" onClick={() => void fetchList()}>
                {t("caseWork.assign.retry")}
              </button>
            </p>
          ) : nobody ? (
            <p className="field__hint" data-testid="referral-nobody">
              {t("caseWork.refer.nobody")}
            </p>
          ) : (
            <select
              id={`${id}-assignee`}
              data-autofocus
              required
              value={draft.assigneeId}
              disabled={load.state === "loading"}
              onChange={(event) => onDraftChange({ ...draft, assigneeId: event.target.value })}
              aria-invalid={errors.legalAssigneeId ? true : undefined}
              aria-describedby={`${id}-assignee-error`}
            >
              {load.state === "loading" && <option value="">{t("caseWork.assign.loading")}</option>}
              {load.state === "ready" &&
                load.list.assignees.map((person) => (
                  <option key={person.id} value={person.id}>
                    {t(person.id === load.list.suggestedId ? "caseWork.refer.optionSuggested" : "caseWork.refer.option", {
                      name: person.name,
                      count: person.openCases,
                    })}
                  </option>
                ))}
            </select>
          )}
          <p id={`${id}-assignee-error`} className="field__error">
            {errors.legalAssigneeId}
          </p>
        </div>
        <TransitionNoteField
          id={id}
          label={t("caseWork.refer.note")}
          value={draft.note}
          onChange={(note) => onDraftChange({ ...draft, note })}
          error={errors.reason}
        />
        <DialogFooter
          error={error}
          unavailable={unavailable}
          pending={pending}
          submitLabel={props.submitLabel}
          onCancel={props.onCancel}
        />
      </form>
    </ModalDialog>
  );
};
