import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AuditSearchForm } from "@/components/audit/audit-search-form";
import { AuditTable } from "@/components/audit/audit-table";
import { listAuditActions, listAuditStaff, searchAudit } from "@/lib/audit/data";
import { auditSearchQuerySchema, filterToParams } from "@/lib/audit/schema";
import { DEFAULT_TIME_ZONE } from "@/lib/i18n/format";
import type { MessageKey } from "@/lib/i18n/messages/es";
import { getT } from "@/lib/i18n/server";
import { requireStaffScope } from "@/lib/server/auth/session";
import { canOpenAdminArea } from "@/lib/users/admin-policy";

export const dynamic = "force-dynamic";

export const generateMetadata = async (): Promise<Metadata> => {
  const { t } = await getT();
  return { title: t("audit.pageTitle") };
};

const FIELD_LABELS = {
  user: "audit.filter.user",
  case: "audit.filter.case",
  action: "audit.filter.action",
  from: "audit.filter.from",
  to: "audit.filter.to",
  cursor: "audit.paging",
} as const satisfies Record<string, MessageKey>;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const toParams = (raw: Record<string, string | string[] | undefined>) => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(raw)) if (typeof value === "string") params.set(key, value);
  return params;
};

const AuditPage = async ({ searchParams }: Props) => {
  const scope = await requireStaffScope();
  if (!canOpenAdminArea(scope, "audit")) notFound();
  const timeZone = scope.timeZone ?? DEFAULT_TIME_ZONE;
  const params = toParams(await searchParams);
  const parsed = auditSearchQuerySchema.safeParse(params);
  const invalid = parsed.success ? [] : [...new Set(parsed.error.issues.map((issue) => String(issue.path[0] ?? "")))];
  // A refused search shows what was typed, marked, and no rows rather than the unfiltered log.
  const filter = parsed.success ? parsed.data.filter : Object.fromEntries(["user", "case", "action", "from", "to"].map((k) => [k, params.get(k) ?? undefined]));
  const [{ t }, staff, actions, page] = await Promise.all([
    getT(),
    listAuditStaff(),
    listAuditActions(),
    parsed.success ? searchAudit({ filter: parsed.data.filter, cursor: parsed.data.cursor, timeZone }) : { rows: [], nextCursor: null },
  ]);
  const nextHref = (cursor: string) => {
    const next = filterToParams(parsed.success ? parsed.data.filter : {});
    next.set("cursor", cursor);
    return `/admin/audit?${next.toString()}`;
  };
  return (
    <main id="main" className="page page--stack">
      <section className="panel" aria-labelledby="audit-heading">
        <h1 id="audit-heading" className="panel__title">
          {t("audit.title")}
        </h1>
        <p className="panel__intro">{t("audit.intro", { zone: timeZone })}</p>
        <AuditSearchForm filter={filter} staff={staff} actions={actions} invalid={invalid} />
        {invalid.length > 0 && (
          <p role="alert" className="form__error" data-testid="audit-invalid">
            {t("audit.filter.invalid", { fields: invalid.map((field) => t(FIELD_LABELS[field as keyof typeof FIELD_LABELS] ?? "audit.filter.label")).join(", ") })}
          </p>
        )}
      </section>
      <section className="panel" aria-label={t("audit.tableLabel")}>
        <AuditTable rows={page.rows} timeZone={timeZone} />
        <nav className="audit-paging" aria-label={t("audit.paging")}>
          {params.get("cursor") && (
            <Link prefetch={false} href={`/admin/audit?${filterToParams(parsed.success ? parsed.data.filter : {}).toString()}`} className="button button--quiet">
              {t("audit.first")}
            </Link>
          )}
          {page.nextCursor && (
            <Link prefetch={false} href={nextHref(page.nextCursor)} className="button button--quiet" data-testid="audit-next">
              {t("audit.next")}
            </Link>
          )}
        </nav>
      </section>
    </main>
  );
};

export default AuditPage;
