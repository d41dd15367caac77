"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { request } from "@/lib/client/request";
import { useT } from "@/lib/i18n/client";
import { LOCALES, type Locale } from "@/lib/i18n/locale";

/** ES | EN: stores the choice in a cookie, then re-renders the page on the server in that language. */
export const LocaleSwitch = () => {
  const { locale, t } = useT();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [failed, setFailed] = useState(false);

  const choose = async (next: Locale) => {
    if (next === locale || pending) return;
    setFailed(false);
    const result = await request("POST", "/api/v1/preferences/locale", { body: { locale: next } });
    if (!result.ok) return setFailed(true);
    startTransition(() => router.refresh());
  };

  return (
    <div className="locale-switch" role="group" aria-label={t("locale.label")} aria-busy={pending}>
      {LOCALES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          title={t(`locale.name.${option}`)}
          aria-pressed={option === locale}
          onClick={() => void choose(option)}
        >
          {option.toUpperCase()}
        </button>
      ))}
      {failed && (
        <span role="alert" className="locale-switch__error">
          {t("locale.failed")}
        </span>
      )}
    </div>
  );
};
