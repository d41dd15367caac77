"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ModalDialog } from "@/components/ui/modal-dialog";
import { request } from "@/lib/client/request";
import { useT } from "@/lib/i18n/client";

type TwoFactorResetButtonProps = { userId: string; enabled: boolean };

/**
 * An administrator's (or their supervisor's) reset of a staff member's two
 * factors, after a confirmation: their secret and recovery codes go and their
 * sessions end (POST /api/v1/staff/:id/two-factor/reset). For /admin/staff's rows.
 */
export const TwoFactorResetButton = ({ userId, enabled }: TwoFactorResetButtonProps) => {
  const { t } = useT();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (!enabled) return <span className="muted">{t("twoFactor.reset.off")}</span>;

  const reset = async () => {
    setPending(true);
    setError(null);
    const result = await request<{ ok: true }>("POST", `/api/v1/staff/${encodeURIComponent(userId)}/two-factor/reset`);
    setPending(false);
    if (!result.ok) return setError(t("twoFactor.reset.failed"));
    setOpen(false);
    router.refresh();
  };

  return (
    <>
      <button type="button" className="button button--quiet button--small" onClick={() => setOpen(true)}>
        {t("twoFactor.reset.button")}
      </button>
      {open && (
        <ModalDialog title={t("twoFactor.reset.title")} intro={t("twoFactor.reset.body")} onCancel={() => setOpen(false)} testId="two-factor-reset-dialog">
          <div role="alert" className="form__error">
            {error}
          </div>
          <div className="modal__actions">
            <button type="button" className="button button--quiet" onClick={() => setOpen(false)} data-autofocus>
              {t("twoFactor.reset.cancel")}
            </button>
            <button type="button" className="button button--danger" onClick={() => void reset()} disabled={pending} aria-busy={pending}>
              {t("twoFactor.reset.confirm")}
            </button>
          </div>
        </ModalDialog>
      )}
    </>
  );
};
