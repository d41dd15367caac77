// The administration tabs: only the areas this user may open.
import Link from "next/link";
import { getT } from "@/lib/i18n/server";
import { ADMIN_AREA_PATHS, adminAreasFor } from "@/lib/users/admin-policy";
import type { StaffScope } from "@/lib/server/auth/scope";

export const AdminNav = async ({ scope }: { scope: StaffScope }) => {
  const { t } = await getT();
  const areas = adminAreasFor(scope);
  if (areas.length < 2) return null;
  return (
    <nav className="admin-nav" aria-label={t("admin.nav.label")}>
      {areas.map((area) => (
        <Link key={area} prefetch={false} href={ADMIN_AREA_PATHS[area]} className="admin-nav__link" data-area={area}>
          {t(`admin.nav.${area}`)}
        </Link>
      ))}
    </nav>
  );
};
