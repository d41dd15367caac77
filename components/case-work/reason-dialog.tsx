"use client";
import { useId, type FormEvent } from "react";
import { DialogFooter } from "@/components/ui/dialog-footer";
import { ModalDialog } from "@/components/ui/modal-dialog";
import { reopenSchema } from "@/lib/cases/schema";
import { useT } from "@/lib/i18n/client";
import type { MessageKey } from "@/lib/i18n/messages/es";
import { focusFirstInvalid } from "./focus-first-invalid";
import { fieldErrors } from "./write-failure";

export type ReasonAction = "NOT_DETAINED" | "RESCINDED" | "reopen";

type ReasonDialogProps = {
  action: ReasonAction;
  submitLabel: string;
  reason: string;
  onReasonChange: (reason: string) => void;
  /** Set by the caller after a refused write (a field message, from the server's 400). */
  fieldError: string | null;
  onFieldError: (message: string | null) => void;
  error: string | null;
  pending: boolean;
  /** The case moved on while the dialog was open: the text stays, the button does not. */
  unavailable: boolean;
  onSubmit: (reason: string) => void;
  onCancel: () => void;
};

// The same rule as every required reason on the server: trimmed, 1 to 2000 characters.
const reasonRule = reopenSchema.pick({ reason: true });
const MAX = reopenSchema.shape.reason.maxLength ?? undefined;

const TITLES: Record<ReasonAction, [MessageKey, MessageKey]> = {
  NOT_DETAINED: ["caseWork.reason.title.NOT_DETAINED", "caseWork.reason.intro.NOT_DETAINED"],
  RESCINDED: ["caseWork.reason.title.RESCINDED", "caseWork.reason.intro.RESCINDED"],
  reopen: ["caseWork.reason.title.reopen", "caseWork.reason.intro.reopen"],
};

/** Asks for the written "why" that the lifecycle requires for a move. */
export const ReasonDialog = (props: ReasonDialogProps) => {
  const { action, reason, fieldError, error, pending, unavailable } = props;
  const { t } = useT();
  const id = useId();
  const [title, intro] = TITLES[action];

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = reasonRule.safeParse({ reason });
    if (!parsed.success) {
      props.onFieldError(fieldErrors(parsed.error.issues, t).reason ?? null);
      return focusFirstInvalid(event.currentTarget);
    }
    props.onFieldError(null);
    props.onSubmit(parsed.data.reason);
  };

  return (
    <ModalDialog title={t(title)} intro={t(intro)} onCancel={props.onCancel} testId="reason-dialog">
      <form className="form" noValidate onSubmit={submit}>
        <div className="field">
          <label htmlFor={`${id}-reason`}>{t("caseWork.reason.label")}</label>
          <p id={`${id}-hint`} className="field__hint">
            {t("caseWork.reason.hint")}
          </p>
          <textarea
            id={`${id}-reason`}
            data-autofocus
            rows={4}
            required
            maxLength={MAX}
            value={reason}
            onChange={(event) => props.onReasonChange(event.target.value)}
            aria-invalid={fieldError ? true : undefined}
            aria-describedby={`${id}-hint ${id}-reason-error`}
          />
          <p id={`${id}-reason-error`} className="field__error">
            {fieldError}
          </p>
        </div>
        <DialogFooter error={error} unavailable={unavailable} pending={pending} submitLabel={props.submitLabel} onCancel={props.onCancel} />
      </form>
    </ModalDialog>
  );
};
