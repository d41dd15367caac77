import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ConsulateSettingsDesk } from "@/components/admin/consulate-settings-desk";
import { listAdminConsulates } from "@/lib/consulates/settings-data";
import { DEFAULT_TIME_ZONE } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import { requireStaffScope } from "@/lib/server/auth/session";
import { canOpenAdminArea } from "@/lib/users/admin-policy";

export const dynamic = "force-dynamic";

export const generateMetadata = async (): Promise<Metadata> => {
  const { t } = await getT();
  return { title: t("consulates.pageTitle") };
};

const ConsulatesPage = async () => {
  const scope = await requireStaffScope();
  if (!canOpenAdminArea(scope, "consulates")) notFound();
  const consulates = await listAdminConsulates();
  return (
    <main id="main" className="page page--stack page--consulates">
      <ConsulateSettingsDesk consulates={consulates} timeZone={scope.timeZone ?? DEFAULT_TIME_ZONE} />
    </main>
  );
};

export default ConsulatesPage;
