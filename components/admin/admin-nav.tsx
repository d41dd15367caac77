// The administration tabs: only the areas this user may open.
import { getT } from "@/lib/i18n/server";
import { ADMIN_AREA_PATHS, adminAreasFor } from "@/lib/users/admin-policy";
import type { StaffScope } from "@/lib/server/auth/scope";
import { AdminNavLinks } from "./admin-nav-links";

export const AdminNav = async ({ scope }: { scope: StaffScope }) => {
  const { t } = await getT();
  const areas = adminAreasFor(scope);
  if (areas.length < 2) return null;
  const tabs = areas.map((area) => ({ area, href: ADMIN_AREA_PATHS[area], label: t(`admin.nav.${area}`) }));
  return (
    <nav className="admin-nav" aria-label={t("admin.nav.label")}>
      <AdminNavLinks tabs={tabs} />
    </nav>
  );
};
