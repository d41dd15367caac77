"use client";
import { useId, useState, type FormEvent } from "react";
import { DialogFooter } from "@/components/ui/dialog-footer";
import { ModalDialog } from "@/components/ui/modal-dialog";
import { useT } from "@/lib/i18n/client";
import { transferDeclineSchema } from "@/lib/legal-aid/schema";

type TransferDeclineDialogProps = {
  caseNumber: string;
  error: string | null;
  pending: boolean;
  onSubmit: (reason: string) => void;
  onCancel: () => void;
};

/** A decline says why: the sending consulate reads it on the case's timeline. */
export const TransferDeclineDialog = ({ caseNumber, error, pending, onSubmit, onCancel }: TransferDeclineDialogProps) => {
  const { t } = useT();
  const id = useId();
  const [reason, setReason] = useState("");
  const [fieldError, setFieldError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = transferDeclineSchema.safeParse({ reason });
    if (!parsed.success) return setFieldError(t("caseWork.field.required"));
    setFieldError(null);
    onSubmit(parsed.data.reason);
  };

  return (
    <ModalDialog title={t("legalDesk.transfer.declineTitle", { number: caseNumber })} intro={t("legalDesk.transfer.declineIntro")} onCancel={onCancel} testId="transfer-decline-dialog">
      <form className="form" noValidate onSubmit={submit}>
        <div className="field">
          <label htmlFor={`${id}-reason`}>{t("caseWork.reason.label")}</label>
          <textarea
            id={`${id}-reason`}
            data-autofocus
            rows={3}
            required
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            aria-invalid={fieldError ? true : undefined}
            aria-describedby={`${id}-error`}
          />
          <p id={`${id}-error`} className="field__error">
            {fieldError}
          </p>
        </div>
        <DialogFooter error={error} unavailable={false} pending={pending} submitLabel={t("legalDesk.transfer.decline")} onCancel={onCancel} />
      </form>
    </ModalDialog>
  );
};
