import type { Metadata } from "next";
import { ProfileContactForm } from "@/components/notices/profile-contact-form";
import { PushDevices } from "@/components/notices/push-devices";
import { SecurityLink } from "@/components/two-factor/security-link";
import { DEFAULT_TIME_ZONE } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import { getProfile } from "@/lib/notices/profile-data";
import { requireStaffScope } from "@/lib/server/auth/session";

export const dynamic = "force-dynamic";

export const generateMetadata = async (): Promise<Metadata> => {
  const { t } = await getT();
  return { title: t("profile.pageTitle") };
};

// Every staff role keeps its own channels here: the notices outside the browser reach them by these.
const ProfilePage = async () => {
  const scope = await requireStaffScope("/profile");
  const [{ t }, profile] = await Promise.all([getT(), getProfile(scope)]);
  return (
    <main id="main" className="page page--stack page--profile">
      <section className="panel" aria-labelledby="profile-heading">
        <h1 id="profile-heading" className="panel__title">
          {t("profile.heading")}
        </h1>
        <p className="panel__intro">{t("profile.intro")}</p>
        <div className="profile-grid">
          <section aria-labelledby="profile-contact-heading">
            <h2 id="profile-contact-heading" className="profile-grid__title">
              {t("profile.contact.title")}
            </h2>
            <ProfileContactForm profile={profile} />
          </section>
          <section aria-labelledby="profile-push-heading">
            <h2 id="profile-push-heading" className="profile-grid__title">
              {t("profile.push.title")}
            </h2>
            <PushDevices publicKey={profile.pushPublicKey} devices={profile.devices} timeZone={scope.timeZone ?? DEFAULT_TIME_ZONE} />
          </section>
          <SecurityLink />
        </div>
      </section>
    </main>
  );
};

export default ProfilePage;
