"use client";
import { useState } from "react";
import { useT } from "@/lib/i18n/client";
import { formatDateTime } from "@/lib/i18n/format";
import type { IssuedLink } from "@/lib/users/staff-types";

type Props = { link: IssuedLink; email: string; purpose: "invite" | "reset"; timeZone: string; onDismiss: () => void };

/** The one moment a one-time link is visible: only its hash is kept, so nothing shows it again. */
export const StaffLinkNotice = ({ link, email, purpose, timeZone, onDismiss }: Props) => {
  const { t, locale } = useT();
  const [copied, setCopied] = useState(false);
  const url = `${window.location.origin}${link.path}`;
  return (
    <div className="secret-notice" role="status" data-testid="staff-link">
      <p className="secret-notice__title">{t(purpose === "invite" ? "staff.link.title.invite" : "staff.link.title.reset", { email })}</p>
      <p>{t("staff.link.warning", { date: formatDateTime(link.expiresAt, { locale, timeZone }) })}</p>
      {link.emailed ? <p>{t("staff.link.emailed")}</p> : null}
      <p className="mono secret-notice__secret" data-testid="staff-link-url">
        {url}
      </p>
      <div className="secret-notice__actions">
        <button type="button" className="button" onClick={() => void navigator.clipboard?.writeText(url).then(() => setCopied(true))}>
          {copied ? t("staff.link.copied") : t("staff.link.copy")}
        </button>
        <button type="button" className="button button--quiet" onClick={onDismiss}>
          {t("staff.link.dismiss")}
        </button>
      </div>
    </div>
  );
};
