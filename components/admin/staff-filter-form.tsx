import Link from "next/link";
import { getT } from "@/lib/i18n/server";
import { STAFF_ROLES, STAFF_STATUSES, type StaffFilter } from "@/lib/users/staff-schema";
import type { PlacementOptions } from "@/lib/users/staff-types";

type Props = { filter: StaffFilter; options: PlacementOptions; showRegion: boolean };

/** A plain GET form: the filters live in the address, so a filtered list can be shared and reloaded. */
export const StaffFilterForm = async ({ filter, options, showRegion }: Props) => {
  const { t } = await getT();
  return (
    <form className="form form--inline staff-filters" method="get" action="/admin/staff" aria-label={t("staff.filters.label")} data-testid="staff-filters">
      <div className="field">
        <label htmlFor="staff-filter-q">{t("staff.filters.q")}</label>
        <input id="staff-filter-q" name="q" type="search" maxLength={100} defaultValue={filter.q ?? ""} />
      </div>
      <div className="field">
        <label htmlFor="staff-filter-role">{t("staff.filters.role")}</label>
        <select id="staff-filter-role" name="role" defaultValue={filter.role ?? ""}>
          <option value="">{t("staff.filters.any")}</option>
          {STAFF_ROLES.filter((role) => options.roles.includes(role)).map((role) => (
            <option key={role} value={role}>
              {t(`role.${role}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="staff-filter-consulate">{t("staff.filters.consulate")}</label>
        <select id="staff-filter-consulate" name="consulate" defaultValue={filter.consulate ?? ""}>
          <option value="">{t("staff.filters.any")}</option>
          {options.consulates.map((c) => (
            <option key={c.id} value={c.code}>
              {c.code} · {c.name}
            </option>
          ))}
        </select>
      </div>
      {showRegion ? (
        <div className="field">
          <label htmlFor="staff-filter-region">{t("staff.filters.region")}</label>
          <select id="staff-filter-region" name="region" defaultValue={filter.region ?? ""}>
            <option value="">{t("staff.filters.any")}</option>
            {options.regions.map((r) => (
              <option key={r.id} value={r.code}>
                {r.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="field">
        <label htmlFor="staff-filter-status">{t("staff.filters.status")}</label>
        <select id="staff-filter-status" name="status" defaultValue={filter.status}>
          {STAFF_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`staff.status.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button">
        {t("staff.filters.apply")}
      </button>
      <Link prefetch={false} href="/admin/staff" className="button button--quiet">
        {t("staff.filters.clear")}
      </Link>
    </form>
  );
};
