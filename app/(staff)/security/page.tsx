import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { TwoFactorPanel } from "@/components/two-factor/two-factor-panel";
import { env } from "@/lib/env";
import { DEFAULT_TIME_ZONE } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import { getStaffScope } from "@/lib/server/auth/session";
import { twoFactorPending } from "@/lib/server/auth/two-factor-gate";
import { getTwoFactorStatus } from "@/lib/two-factor/data";

export const dynamic = "force-dynamic";

export const generateMetadata = async (): Promise<Metadata> => {
  const { t } = await getT();
  return { title: t("twoFactor.page.title") };
};

// Every staff role's own two factors. Not requireStaffScope: this is the page
// AMPARO_REQUIRE_2FA sends an unenrolled user to, so it must open for them.
const SecurityPage = async () => {
  const scope = await getStaffScope();
  if (!scope) redirect("/sign-in?callbackUrl=%2Fsecurity");
  const [{ t }, status] = await Promise.all([getT(), getTwoFactorStatus(scope)]);
  return (
    <main id="main" className="page page--stack page--profile">
      <section className="panel" aria-labelledby="security-heading">
        <h1 id="security-heading" className="panel__title">
          {t("twoFactor.heading")}
        </h1>
        <p className="panel__intro">{t("twoFactor.intro")}</p>
        {twoFactorPending(scope) && (
          <p className="work-notice" role="status" data-testid="two-factor-required">
            {t("twoFactor.required")}
          </p>
        )}
        <TwoFactorPanel status={status} required={env().AMPARO_REQUIRE_2FA} timeZone={scope.timeZone ?? DEFAULT_TIME_ZONE} />
      </section>
    </main>
  );
};

export default SecurityPage;
