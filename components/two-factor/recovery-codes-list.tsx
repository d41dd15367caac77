"use client";
import { useState } from "react";
import { useT } from "@/lib/i18n/client";

type RecoveryCodesListProps = { codes: string[]; onDone: () => void };

/** The recovery codes, shown this once: copy, download as text, and a button that says they are kept. */
export const RecoveryCodesList = ({ codes, onDone }: RecoveryCodesListProps) => {
  const { t } = useT();
  const [copied, setCopied] = useState(false);
  const text = `${codes.join("\n")}\n`;
  const href = `data:text/plain;charset=utf-8,${encodeURIComponent(text)}`;

  const copy = async () => {
    await navigator.clipboard?.writeText(text).catch(() => undefined);
    setCopied(true);
  };

  return (
    <section className="two-factor__codes" aria-labelledby="recovery-codes-heading">
      <h2 id="recovery-codes-heading" className="profile-grid__title">
        {t("twoFactor.codes.title")}
      </h2>
      <p>{t("twoFactor.codes.body")}</p>
      <ol className="two-factor__code-list" data-testid="recovery-codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <div className="two-factor__actions">
        <button type="button" className="button button--quiet" onClick={() => void copy()}>
          {t("twoFactor.codes.copy")}
        </button>
        <a className="button button--quiet" href={href} download="amparo-recovery-codes.txt">
          {t("twoFactor.codes.download")}
        </a>
        <button type="button" className="button button--primary" onClick={onDone}>
          {t("twoFactor.codes.done")}
        </button>
      </div>
      <p role="status" className="form__status">
        {copied ? t("twoFactor.codes.copied") : null}
      </p>
    </section>
  );
};
