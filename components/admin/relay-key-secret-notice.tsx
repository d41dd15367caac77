"use client";
import { useState } from "react";
import { useT } from "@/lib/i18n/client";
import type { CreatedRelayKey } from "@/lib/relay-keys/mutations";

type Props = { created: CreatedRelayKey; onDismiss: () => void };

/** The one moment a relay secret is visible: nothing else ever shows or returns it again. */
export const RelayKeySecretNotice = ({ created, onDismiss }: Props) => {
  const { t } = useT();
  const [copied, setCopied] = useState(false);
  return (
    <div className="secret-notice" role="status" data-testid="relay-key-secret">
      <p className="secret-notice__title">{t("relayKeys.secret.title", { id: created.id })}</p>
      <p>{t("relayKeys.secret.warning")}</p>
      <dl className="fields">
        <dt>{t("relayKeys.column.id")}</dt>
        <dd className="mono" data-testid="relay-key-id">
          {created.id}
        </dd>
        <dt>{t("relayKeys.secret.label")}</dt>
        <dd className="mono secret-notice__secret" data-testid="relay-key-secret-value">
          {created.secret}
        </dd>
      </dl>
      <div className="secret-notice__actions">
        <button
          type="button"
          className="button"
          onClick={() => void navigator.clipboard?.writeText(created.secret).then(() => setCopied(true))}
        >
          {copied ? t("relayKeys.secret.copied") : t("relayKeys.secret.copy")}
        </button>
        <button type="button" className="button button--quiet" onClick={onDismiss}>
          {t("relayKeys.secret.dismiss")}
        </button>
      </div>
    </div>
  );
};
