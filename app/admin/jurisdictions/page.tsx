import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { JurisdictionEditor } from "@/components/map/jurisdiction-editor";
import { listCounties } from "@/lib/consulates/jurisdiction-data";
import { listConsulateOptions } from "@/lib/consulates/settings-data";
import { DEFAULT_TIME_ZONE } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import { requireStaffScope } from "@/lib/server/auth/session";
import { canOpenAdminArea } from "@/lib/users/admin-policy";

export const dynamic = "force-dynamic";

export const generateMetadata = async (): Promise<Metadata> => {
  const { t } = await getT();
  return { title: t("jurisdictions.pageTitle") };
};

const JurisdictionsPage = async () => {
  const scope = await requireStaffScope();
  if (!canOpenAdminArea(scope, "jurisdictions")) notFound();
  const [{ t }, counties, consulates] = await Promise.all([getT(), listCounties(), listConsulateOptions()]);
  return (
    <main id="main" className="page page--stack page--jurisdictions">
      <section className="panel" aria-labelledby="jurisdictions-heading">
        <h1 id="jurisdictions-heading" className="panel__title">
          {t("jurisdictions.title")}
        </h1>
        <p className="panel__intro">{t("jurisdictions.intro")}</p>
      </section>
      <JurisdictionEditor counties={counties} consulates={consulates} timeZone={scope.timeZone ?? DEFAULT_TIME_ZONE} />
    </main>
  );
};

export default JurisdictionsPage;
