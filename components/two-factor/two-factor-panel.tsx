"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useT } from "@/lib/i18n/client";
import { formatDateTime } from "@/lib/i18n/format";
import type { RecoveryCodes, TwoFactorStatus } from "@/lib/two-factor/types";
import { RecoveryCodesList } from "./recovery-codes-list";
import { TwoFactorCodeForm } from "./two-factor-code-form";
import { TwoFactorEnrolment } from "./two-factor-enrolment";

type TwoFactorPanelProps = {
  status: TwoFactorStatus;
  /** AMPARO_REQUIRE_2FA: no turning off, and once on, the desk opens. */
  required: boolean;
  timeZone: string;
};

/** The /security page's body: enrol, or (once on) new recovery codes and turning off, each for a fresh code. */
export const TwoFactorPanel = ({ status, required, timeZone }: TwoFactorPanelProps) => {
  const { t, locale } = useT();
  const router = useRouter();
  const [codes, setCodes] = useState<string[] | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  // The codes stay on screen, whatever the refreshed status says, until their owner says they are kept;
  // then, where two factors are required, the rest of the desk opens: go there.
  if (codes) {
    return (
      <RecoveryCodesList
        codes={codes}
        onDone={() => {
          setCodes(null);
          if (required) router.replace("/");
        }}
      />
    );
  }
  if (!status.enabledAt) {
    return (
      <>
        <p data-testid="two-factor-status">{t("twoFactor.status.off")}</p>
        <p role="status" className="form__status">
          {notice}
        </p>
        <TwoFactorEnrolment
          onDone={(recoveryCodes) => {
            setCodes(recoveryCodes);
            router.refresh();
          }}
        />
      </>
    );
  }
  return (
    <>
      <p data-testid="two-factor-status">
        {t("twoFactor.status.on", { date: formatDateTime(status.enabledAt, { locale, timeZone }) })}{" "}
        {t("twoFactor.status.codesLeft", { count: status.recoveryCodesLeft })}
      </p>
      <div className="profile-grid">
        <section aria-labelledby="two-factor-regenerate">
          <h2 id="two-factor-regenerate" className="profile-grid__title">
            {t("twoFactor.regenerate.title")}
          </h2>
          <p>{t("twoFactor.regenerate.body")}</p>
          <TwoFactorCodeForm<RecoveryCodes>
            path="/api/v1/profile/two-factor/recovery-codes"
            label="twoFactor.code.anyLabel"
            submitLabel="twoFactor.regenerate.submit"
            onDone={(data) => {
              setCodes(data.recoveryCodes);
              router.refresh();
            }}
          />
        </section>
        {!required && (
          <section aria-labelledby="two-factor-disable">
            <h2 id="two-factor-disable" className="profile-grid__title">
              {t("twoFactor.disable.title")}
            </h2>
            <p>{t("twoFactor.disable.body")}</p>
            <TwoFactorCodeForm
              path="/api/v1/profile/two-factor/disable"
              label="twoFactor.code.anyLabel"
              submitLabel="twoFactor.disable.submit"
              danger
              onDone={() => {
                setNotice(t("twoFactor.disabled"));
                router.refresh();
              }}
            />
          </section>
        )}
      </div>
    </>
  );
};
