import Link from "next/link";
import { getT } from "@/lib/i18n/server";

/** The profile's way to /security (two-step verification), which has its own page: AMPARO_REQUIRE_2FA sends people there. */
export const SecurityLink = async () => {
  const { t } = await getT();
  return (
    <section aria-labelledby="profile-security-heading">
      <h2 id="profile-security-heading" className="profile-grid__title">
        {t("twoFactor.heading")}
      </h2>
      <p>{t("twoFactor.intro")}</p>
      <Link prefetch={false} href="/security" className="button button--quiet">
        {t("twoFactor.page.title")}
      </Link>
    </section>
  );
};
