import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/shell/auth-card";
import { DemoAccountsHint } from "@/components/auth/demo-accounts-hint";
import { failureOf } from "@/components/auth/sign-in-failure";
import { SignInForm } from "@/components/auth/sign-in-form";
import { env } from "@/lib/env";
import { getT } from "@/lib/i18n/server";
import { getStaffScope } from "@/lib/server/auth/session";
import { safeCallbackPath } from "@/lib/users/desk-paths";
import { landingPath } from "@/lib/users/landing";

export const dynamic = "force-dynamic";

export const generateMetadata = async (): Promise<Metadata> => {
  const { t } = await getT();
  return { title: t("auth.signIn.title") };
};

// next-auth sends its own failures here as ?error=<code>; only the kind of failure is shown.
const initialError = (code: string | string[] | undefined) => {
  if (!code) return undefined;
  return failureOf(typeof code === "string" ? code : undefined);
};

type SignInPageProps = { searchParams: Promise<{ error?: string | string[]; callbackUrl?: string | string[] }> };

const SignInPage = async ({ searchParams }: SignInPageProps) => {
  const [scope, { error, callbackUrl }] = await Promise.all([getStaffScope(), searchParams]);
  // A deep link (a case sent to someone) wins over the role's own desk.
  const callbackPath = safeCallbackPath(callbackUrl);
  if (scope) redirect(callbackPath ?? landingPath(scope));
  const { t } = await getT();
  return (
    <AuthCard title={t("auth.signIn.title")} after={env().AMPARO_DEMO && <DemoAccountsHint />}>
      <p className="auth-card__subtitle">{t("auth.signIn.subtitle")}</p>
      <SignInForm initialError={initialError(error)} callbackPath={callbackPath} />
    </AuthCard>
  );
};

export default SignInPage;
