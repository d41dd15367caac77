"use client";
import { useId, useState, type FormEvent } from "react";
import { DialogFooter } from "@/components/ui/dialog-footer";
import { ModalDialog } from "@/components/ui/modal-dialog";
import { useT } from "@/lib/i18n/client";

type IncidentDialogProps = {
  title: string;
  intro: string;
  submitLabel: string;
  /** Asks for a written reason (dismissing a proposal); without it the dialog only confirms. */
  reasonLabel?: string;
  pending: boolean;
  error: string | null;
  onSubmit: (reason: string) => void;
  onCancel: () => void;
};

// The server's rule for every written reason: trimmed, 1 to 2000 characters.
const MAX_REASON = 2000;

/** Confirms an incident's move (dismiss, close), with the reason when it needs one. */
export const IncidentDialog = ({ title, intro, submitLabel, reasonLabel, pending, error, onSubmit, onCancel }: IncidentDialogProps) => {
  const { t } = useT();
  const id = useId();
  const [reason, setReason] = useState("");
  const [fieldError, setFieldError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (reasonLabel && reason.trim() === "") {
      setFieldError(t("incidents.bulk.reasonRequired"));
      return document.getElementById(`${id}-reason`)?.focus();
    }
    setFieldError(null);
    onSubmit(reason.trim());
  };

  return (
    <ModalDialog title={title} intro={intro} onCancel={onCancel} testId="incident-dialog">
      <form className="form" noValidate onSubmit={submit}>
        {reasonLabel && (
          <div className="field">
            <label htmlFor={`${id}-reason`}>{reasonLabel}</label>
            <textarea
              id={`${id}-reason`}
              data-autofocus
              rows={3}
              maxLength={MAX_REASON}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              aria-invalid={fieldError ? true : undefined}
              aria-describedby={`${id}-reason-error`}
            />
            <p id={`${id}-reason-error`} className="field__error">
              {fieldError}
            </p>
          </div>
        )}
        <DialogFooter error={error} unavailable={false} pending={pending} submitLabel={submitLabel} onCancel={onCancel} />
      </form>
    </ModalDialog>
  );
};
