"use client";
import { useT } from "@/lib/i18n/client";

type DialogFooterProps = { error: string | null; unavailable: boolean; pending: boolean; submitLabel: string; onCancel: () => void };

/** The refusal (announced), then Cancel and the action itself. Shared by the case-work dialogs. */
export const DialogFooter = ({ error, unavailable, pending, submitLabel, onCancel }: DialogFooterProps) => {
  const { t } = useT();
  return (
    <>
      <div role="alert" className="form__error" data-testid="dialog-error">
        {error}
      </div>
      {unavailable && <p className="work-notice">{t("caseWork.dialog.unavailable")}</p>}
      <div className="modal__actions">
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t("caseWork.dialog.cancel")}
        </button>
        <button type="submit" className="button button--primary" disabled={pending || unavailable} aria-busy={pending}>
          {pending ? t("caseWork.pending") : submitLabel}
        </button>
      </div>
    </>
  );
};
