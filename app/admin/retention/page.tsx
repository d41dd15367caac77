import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RetentionDesk } from "@/components/admin/retention-desk";
import { DEFAULT_TIME_ZONE } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import { getRetentionOverview } from "@/lib/retention/policy-data";
import { requireStaffScope } from "@/lib/server/auth/session";
import { canOpenAdminArea } from "@/lib/users/admin-policy";

export const dynamic = "force-dynamic";

export const generateMetadata = async (): Promise<Metadata> => {
  const { t } = await getT();
  return { title: t("retention.pageTitle") };
};

const RetentionPage = async () => {
  const scope = await requireStaffScope();
  if (!canOpenAdminArea(scope, "retention")) notFound();
  const overview = await getRetentionOverview();
  return (
    <main id="main" className="page page--stack page--retention">
      <RetentionDesk overview={overview} timeZone={scope.timeZone ?? DEFAULT_TIME_ZONE} />
    </main>
  );
};

export default RetentionPage;
