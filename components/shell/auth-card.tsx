// The signed-out pages' card (sign in, set a password): the name, the
// language switch and the page's title, then what the page asks for.
import type { ReactNode } from "react";
import { LocaleSwitch } from "@/components/i18n/locale-switch";
import { getT } from "@/lib/i18n/server";

export const AuthCard = async ({ title, children, after }: { title: string; children: ReactNode; after?: ReactNode }) => {
  const { t } = await getT();
  return (
    <main id="main" className="auth-page">
      <div className="auth-card">
        <div className="auth-card__top">
          <div>
            <p className="brand">{t("app.name")}</p>
            <p className="auth-card__tagline">{t("app.tagline")}</p>
          </div>
          <LocaleSwitch />
        </div>
        <h1 className="auth-card__title">{title}</h1>
        {children}
      </div>
      {after}
    </main>
  );
};
