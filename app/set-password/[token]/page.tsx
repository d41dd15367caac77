import type { Metadata } from "next";
import { SetPasswordForm } from "@/components/auth/set-password-form";
import { LocaleSwitch } from "@/components/i18n/locale-switch";
import { getT } from "@/lib/i18n/server";
import { PASSWORD_MIN, staffTokenParams } from "@/lib/users/staff-schema";
import { isLinkUsable } from "@/lib/users/staff-token-mutations";

export const dynamic = "force-dynamic";

export const generateMetadata = async (): Promise<Metadata> => {
  const { t } = await getT();
  return { title: t("setPassword.pageTitle"), referrer: "no-referrer" };
};

type Props = { params: Promise<{ token: string }> };

// Public: the link is the credential. A dead link says so before anyone types a password.
const SetPasswordPage = async ({ params }: Props) => {
  const parsed = staffTokenParams.safeParse(await params);
  const usable = parsed.success && (await isLinkUsable({ token: parsed.data.token }));
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
        <h1 className="auth-card__title">{t("setPassword.title")}</h1>
        {usable && parsed.success ? (
          <>
            <p className="auth-card__subtitle">{t("setPassword.intro", { min: PASSWORD_MIN })}</p>
            <SetPasswordForm token={parsed.data.token} />
          </>
        ) : (
          <p className="form__error" role="alert" data-testid="set-password-invalid">
            {t("setPassword.invalid")}
          </p>
        )}
      </div>
    </main>
  );
};

export default SetPasswordPage;
