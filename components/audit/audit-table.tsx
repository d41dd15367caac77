// A page of the audit log: when, who, what in words, on what, from where, and
// the row's data in one compact line (personal data withheld: lib/audit/details.ts).
import Link from "next/link";
import { actionLabel } from "@/lib/audit/labels";
import { partsWords, purposeWords } from "@/lib/audit/read-words";
import type { AuditRow } from "@/lib/audit/types";
import { formatDateTime } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";

type Props = { rows: AuditRow[]; timeZone: string };

export const AuditTable = async ({ rows, timeZone }: Props) => {
  const { locale, t } = await getT();
  const who = (row: AuditRow) => {
    if (row.actor)
      return (
        <>
          {row.actor.name}
          <span className="audit-table__role">{t(`role.${row.actor.role}`)}</span>
        </>
      );
    if (row.actorKeyId) return t("audit.relayKey", { id: row.actorKeyId });
    return <span className="muted">{t("audit.system")}</span>;
  };
  // A read in words: parts, how many cases, how many (hashed) terms, why; never the cases or the terms themselves.
  const details = (row: AuditRow) => {
    if (!row.read) return row.details;
    const { parts, cases, terms, purpose } = row.read;
    return [
      parts.length > 0 && t("audit.read.parts", { parts: partsWords(t, parts) }),
      cases !== null && (cases === 1 ? t("audit.read.casesOne") : t("audit.read.cases", { count: cases })),
      terms > 0 && (terms === 1 ? t("audit.read.termsOne") : t("audit.read.terms", { count: terms })),
      purpose && t("audit.read.purpose", { purpose: purposeWords(t, purpose) }),
    ]
      .filter(Boolean)
      .join(" · ");
  };
  // An administrator reads no case: a case target opens the log of that case instead.
  const target = (row: AuditRow) =>
    row.caseNumber ? (
      <Link prefetch={false} href={`/admin/audit?case=${encodeURIComponent(row.caseNumber)}`} className="mono">
        {row.caseNumber}
      </Link>
    ) : row.targetType ? (
      <span className="audit-table__target">
        {row.targetType}
        {row.targetId && <span className="mono"> {row.targetId}</span>}
      </span>
    ) : null;
  return (
    <div className="table-scroll">
      <table className="data-table data-table--compact audit-table" aria-label={t("audit.tableLabel")} data-testid="audit-table">
        <thead>
          <tr>
            <th scope="col">{t("audit.column.at")}</th>
            <th scope="col">{t("audit.column.actor")}</th>
            <th scope="col">{t("audit.column.action")}</th>
            <th scope="col">{t("audit.column.target")}</th>
            <th scope="col">{t("audit.column.address")}</th>
            <th scope="col">{t("audit.column.details")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={6}>{t("audit.empty")}</td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={row.id} data-testid="audit-row" data-action={row.action} data-case={row.caseNumber ?? undefined}>
                <td className="audit-table__at">
                  <time dateTime={row.at}>{formatDateTime(row.at, { locale, timeZone })}</time>
                </td>
                <th scope="row" className="audit-table__who">
                  {who(row)}
                </th>
                <td title={row.action}>{actionLabel(t, row.action)}</td>
                <td>{target(row)}</td>
                <td className="mono">{row.clientAddress}</td>
                <td className="audit-table__details">{details(row)}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
};
