import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { StaffFilterForm } from "@/components/admin/staff-filter-form";
import { StaffInviteForm } from "@/components/admin/staff-invite-form";
import { StaffTable } from "@/components/admin/staff-table";
import { DEFAULT_TIME_ZONE } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import { requireStaffScope } from "@/lib/server/auth/session";
import { canOpenAdminArea } from "@/lib/users/admin-policy";
import { listPlacementOptions, listStaff, STAFF_LIST_LIMIT } from "@/lib/users/staff-data";
import { rawStaffFilter, staffFilterSchema } from "@/lib/users/staff-schema";

export const dynamic = "force-dynamic";

export const generateMetadata = async (): Promise<Metadata> => {
  const { t } = await getT();
  return { title: t("staff.pageTitle") };
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const StaffPage = async ({ searchParams }: Props) => {
  const scope = await requireStaffScope("/admin/staff");
  if (!canOpenAdminArea(scope, "staff")) notFound();
  // A hand-edited address with a bad filter shows everyone rather than an error page.
  const parsed = staffFilterSchema.safeParse(rawStaffFilter(await searchParams));
  const filter = parsed.success ? parsed.data : staffFilterSchema.parse({});
  const [{ t }, rows, options] = await Promise.all([getT(), listStaff({ scope, filter }), listPlacementOptions(scope)]);
  const timeZone = scope.timeZone ?? DEFAULT_TIME_ZONE;
  return (
    <main id="main" className="page page--stack">
      <section className="panel" aria-labelledby="staff-heading">
        <div className="panel__header">
          <h1 id="staff-heading" className="panel__title">
            {t("staff.title")}
          </h1>
          <span className="panel__count" data-testid="staff-count">
            {t("staff.count", { count: rows.length })}
          </span>
        </div>
        <p className="panel__intro">
          {scope.role === "ADMIN" ? t("staff.intro.admin") : t("staff.intro.supervisor", { region: scope.regionName ?? "" })}
        </p>
        <StaffFilterForm filter={filter} options={options} showRegion={scope.role === "ADMIN"} />
        {rows.length >= STAFF_LIST_LIMIT ? <p className="muted">{t("staff.truncated", { count: STAFF_LIST_LIMIT })}</p> : null}
        <StaffTable rows={rows} options={options} selfId={scope.userId} timeZone={timeZone} />
      </section>
      <StaffInviteForm options={options} timeZone={timeZone} />
    </main>
  );
};

export default StaffPage;
