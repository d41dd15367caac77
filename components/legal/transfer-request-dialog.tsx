"use client";
import { useId, useState, type FormEvent } from "react";
import { DialogFooter } from "@/components/ui/dialog-footer";
import { ModalDialog } from "@/components/ui/modal-dialog";
import { CONSULATES } from "@/lib/consulates/network";
import { useT } from "@/lib/i18n/client";
import { transferRequestSchema } from "@/lib/legal-aid/schema";

type TransferRequestDialogProps = {
  currentCode: string;
  suggestedCode: string | null;
  error: string | null;
  pending: boolean;
  onSubmit: (request: { toConsulateCode: string; reason: string }) => void;
  onCancel: () => void;
};

/** Asks another consulate to take the case: which one, and why (it reads the reason before answering). */
export const TransferRequestDialog = ({ currentCode, suggestedCode, error, pending, onSubmit, onCancel }: TransferRequestDialogProps) => {
  const { t } = useT();
  const id = useId();
  const [code, setCode] = useState(suggestedCode ?? "");
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<{ code?: string; reason?: string }>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = transferRequestSchema.safeParse({ toConsulateCode: code, reason });
    const found = {
      ...(!code && { code: t("caseWork.field.required") }),
      ...(!parsed.success && reason.trim() === "" && { reason: t("caseWork.field.required") }),
    };
    setErrors(found);
    if (!parsed.success || Object.keys(found).length > 0) return;
    onSubmit(parsed.data);
  };

  return (
    <ModalDialog title={t("legalPanel.transfer.requestTitle")} intro={t("legalPanel.transfer.requestIntro")} onCancel={onCancel} testId="transfer-dialog">
      <form className="form" noValidate onSubmit={submit}>
        <div className="field">
          <label htmlFor={`${id}-to`}>{t("legalPanel.transfer.to")}</label>
          <select
            id={`${id}-to`}
            data-autofocus
            value={code}
            onChange={(event) => setCode(event.target.value)}
            aria-invalid={errors.code ? true : undefined}
            aria-describedby={`${id}-to-error`}
          >
            <option value="">{t("legalPanel.transfer.choose")}</option>
            {CONSULATES.filter((c) => c.code !== currentCode).map((c) => (
              <option key={c.code} value={c.code}>
                {c.code} · {c.name}
              </option>
            ))}
          </select>
          <p id={`${id}-to-error`} className="field__error">
            {errors.code}
          </p>
        </div>
        <div className="field">
          <label htmlFor={`${id}-reason`}>{t("caseWork.reason.label")}</label>
          <textarea
            id={`${id}-reason`}
            rows={3}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            aria-invalid={errors.reason ? true : undefined}
            aria-describedby={`${id}-reason-error`}
          />
          <p id={`${id}-reason-error`} className="field__error">
            {errors.reason}
          </p>
        </div>
        <DialogFooter error={error} unavailable={false} pending={pending} submitLabel={t("legalPanel.transfer.request")} onCancel={onCancel} />
      </form>
    </ModalDialog>
  );
};
