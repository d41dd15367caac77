import type { Metadata } from "next";
import { AuthCard } from "@/components/shell/auth-card";
import { SetPasswordForm } from "@/components/auth/set-password-form";
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
    <AuthCard title={t("setPassword.title")}>
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
    </AuthCard>
  );
};

export default SetPasswordPage;
