import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { LocaleSwitch } from "@/components/i18n/locale-switch";
import { RemindersBell } from "@/components/reminders/reminders-bell";
import { DEFAULT_TIME_ZONE } from "@/lib/i18n/format";
import type { StaffScope } from "@/lib/server/auth/scope";
import { roleKey } from "@/lib/i18n/labels";
import { getT } from "@/lib/i18n/server";
import { ADMIN_AREA_PATHS, adminAreasFor } from "@/lib/users/admin-policy";
import { readsCases } from "@/lib/cases/policy";
import { readsRoster } from "@/lib/duty/policy";
import { watchesRegions } from "@/lib/map/policy";
import { readsSubjects } from "@/lib/subjects/policy";
import type { Translate } from "@/lib/i18n/translate";
import { landingPath } from "@/lib/users/landing";

const scopeLabel = (scope: StaffScope, t: Translate) => {
  if (scope.consulateCode) return t("header.scope.consulate", { code: scope.consulateCode });
  if (scope.role === "ADMIN") return t("header.scope.system");
  if (scope.regionName) return scope.regionName;
  if (scope.regionId) return t("header.scope.region");
  return t("header.scope.none");
};

export const AppHeader = async ({ scope }: { scope: StaffScope }) => {
  const { t } = await getT();
  return (
    <header className="app-header">
      <div className="app-header__brand">
        <Link prefetch={false} href={landingPath(scope)} className="brand">
          {t("app.name")}
        </Link>
        <span className="app-header__tagline">{t("app.tagline")}</span>
      </div>
      <nav className="app-header__nav" aria-label={t("app.name")}>
        {/* Administrators configure: the case desk is for the case roles only. */}
        {readsCases(scope) ? (
          <>
            <Link prefetch={false} href="/cases">{t("nav.cases")}</Link>
            {/* Reading legal work follows the case: everyone who sees cases sees their legal side. */}
            <Link prefetch={false} href="/legal">{t("nav.legal")}</Link>
            {watchesRegions(scope) ? (
              <Link prefetch={false} href="/supervision">{t("nav.supervision")}</Link>
            ) : (
              <Link prefetch={false} href="/map">{t("nav.map")}</Link>
            )}
            {/* The on-duty roster follows the cases too: each reads its consulate's (supervisors, their region's). */}
            {readsRoster(scope) ? <Link prefetch={false} href="/roster">{t("roster.nav")}</Link> : null}
          </>
        ) : null}
        {/* A person's whole record (records requests, corrections): supervisors their region's people, administrators everyone's. */}
        {readsSubjects(scope) ? <Link prefetch={false} href="/subjects">{t("subjects.nav")}</Link> : null}
        {/* The monthly figures name no one: administrators keep them. */}
        <Link prefetch={false} href="/reports">{t("nav.reports")}</Link>
        {/* One link to administration (its own tabs below the header): a supervisor's is their region's staff. */}
        {adminAreasFor(scope).length > 0 ? (
          <Link prefetch={false} href={ADMIN_AREA_PATHS[adminAreasFor(scope)[0]]}>
            {t(scope.role === "ADMIN" ? "admin.nav.header.admin" : "admin.nav.header.supervisor")}
          </Link>
        ) : null}
      </nav>
      <div className="app-header__tools">
        {readsCases(scope) ? <RemindersBell timeZone={scope.timeZone ?? DEFAULT_TIME_ZONE} /> : null}
        <p className="user-chip">
          {/* The user menu's way to the profile: each one's own notice channels. */}
          <Link prefetch={false} href="/profile" className="user-chip__name" title={t("nav.profile")} aria-label={`${scope.name} · ${t("nav.profile")}`}>
            {scope.name}
          </Link>
          <span className="user-chip__meta" title={`${t(roleKey(scope.role))} · ${scopeLabel(scope, t)}`}>
            {t(roleKey(scope.role))} · {scopeLabel(scope, t)}
          </span>
        </p>
        <LocaleSwitch />
        <SignOutButton />
      </div>
    </header>
  );
};
