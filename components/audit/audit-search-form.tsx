// The audit search: a plain GET form, so that a search is a link an
// administrator can keep, and the export takes the very same query.
import Link from "next/link";
import { actionLabel } from "@/lib/audit/labels";
import { filterToParams, type AuditFilter } from "@/lib/audit/schema";
import type { AuditStaffOption } from "@/lib/audit/types";
import { getT } from "@/lib/i18n/server";

type Props = {
  filter: Partial<AuditFilter>;
  staff: AuditStaffOption[];
  actions: string[];
  /** The fields the last search refused, by name. */
  invalid: string[];
};

export const AuditSearchForm = async ({ filter, staff, actions, invalid }: Props) => {
  const { t } = await getT();
  const bad = (field: string) => (invalid.includes(field) ? true : undefined);
  const exportHref = `/api/v1/admin/audit/export?${filterToParams(filter as AuditFilter).toString()}`;
  return (
    <form className="form form--inline audit-search" method="get" action="/admin/audit" aria-label={t("audit.filter.label")} data-testid="audit-search">
      <div className="field">
        <label htmlFor="audit-user">{t("audit.filter.user")}</label>
        <select id="audit-user" name="user" defaultValue={filter.user ?? ""} aria-invalid={bad("user")}>
          <option value="">{t("audit.filter.userAny")}</option>
          {staff.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name} · {s.email}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="audit-case">{t("audit.filter.case")}</label>
        <input
          id="audit-case"
          name="case"
          defaultValue={filter.case ?? ""}
          placeholder="LAX-2026-000123"
          aria-describedby="audit-case-hint"
          aria-invalid={bad("case")}
          maxLength={64}
        />
        <span id="audit-case-hint" className="muted audit-search__hint">
          {t("audit.filter.caseHint")}
        </span>
      </div>
      <div className="field">
        <label htmlFor="audit-action">{t("audit.filter.action")}</label>
        <select id="audit-action" name="action" defaultValue={filter.action ?? ""} aria-invalid={bad("action")}>
          <option value="">{t("audit.filter.actionAny")}</option>
          <option value="read.*">{t("audit.filter.actionReads")}</option>
          {actions.map((action) => (
            <option key={action} value={action}>
              {actionLabel(t, action)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="audit-from">{t("audit.filter.from")}</label>
        <input id="audit-from" name="from" type="date" defaultValue={filter.from ?? ""} aria-invalid={bad("from")} />
      </div>
      <div className="field">
        <label htmlFor="audit-to">{t("audit.filter.to")}</label>
        <input id="audit-to" name="to" type="date" defaultValue={filter.to ?? ""} aria-invalid={bad("to")} />
      </div>
      <div className="audit-search__actions">
        <button type="submit" className="button button--primary">
          {t("audit.filter.submit")}
        </button>
        <Link prefetch={false} href="/admin/audit" className="button button--quiet">
          {t("audit.filter.clear")}
        </Link>
        <a href={exportHref} download className="button button--quiet" data-testid="audit-export" title={t("audit.exportHint")}>
          {t("audit.export")}
        </a>
      </div>
    </form>
  );
};
