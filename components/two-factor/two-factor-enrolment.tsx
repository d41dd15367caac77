"use client";
import { useState } from "react";
import { request } from "@/lib/client/request";
import { useT } from "@/lib/i18n/client";
import type { Enrolment, RecoveryCodes } from "@/lib/two-factor/types";
import { TwoFactorCodeForm } from "./two-factor-code-form";

/** Turning two factors on: a new secret (QR code and text), then a code from the app to confirm it; `onDone` gets the recovery codes. */
export const TwoFactorEnrolment = ({ onDone }: { onDone: (recoveryCodes: string[]) => void }) => {
  const { t } = useT();
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const start = async () => {
    setPending(true);
    setError(null);
    const result = await request<{ enrolment: Enrolment }>("POST", "/api/v1/profile/two-factor");
    setPending(false);
    if (result.ok) setEnrolment(result.data.enrolment);
    else setError(t("twoFactor.failed"));
  };

  if (!enrolment) {
    return (
      <div className="two-factor__start">
        <button type="button" className="button button--primary" onClick={() => void start()} disabled={pending} aria-busy={pending}>
          {pending ? t("twoFactor.starting") : t("twoFactor.start")}
        </button>
        <div role="alert" className="form__error">
          {error}
        </div>
      </div>
    );
  }
  return (
    <div className="two-factor__enrolment">
      <section aria-labelledby="two-factor-scan">
        <h2 id="two-factor-scan" className="profile-grid__title">
          {t("twoFactor.scan.title")}
        </h2>
        <p>{t("twoFactor.scan.body")}</p>
        {/* A data: URL drawn by the server (qrcode): the secret never leaves for another site. */}
        {/* eslint-disable-next-line @next/next/no-img-element */}
        <img className="two-factor__qr" src={enrolment.qrDataUrl} alt={t("twoFactor.scan.qrAlt")} width={220} height={220} />
        <p>{t("twoFactor.scan.secret")}</p>
        <p>
          <code className="two-factor__secret" data-testid="two-factor-secret">
            {enrolment.secret}
          </code>
        </p>
      </section>
      <section aria-labelledby="two-factor-confirm">
        <h2 id="two-factor-confirm" className="profile-grid__title">
          {t("twoFactor.confirm.title")}
        </h2>
        <TwoFactorCodeForm<RecoveryCodes>
          path="/api/v1/profile/two-factor/confirm"
          label="twoFactor.code.label"
          submitLabel="twoFactor.confirm.submit"
          digitsOnly
          onDone={(data) => onDone(data.recoveryCodes)}
        />
      </section>
    </div>
  );
};
