// The export's columns: a header in the caller's language, then the row's
// time (UTC, ISO 8601: a spreadsheet sorts it), who, what and on what.
import type { Translate } from "@/lib/i18n/translate";
import { actionLabel } from "./labels";
import type { AuditRow } from "./types";

export const auditCsvColumns = (t: Translate) => ({
  header: [
    t("audit.csv.at"),
    t("audit.csv.actor"),
    t("audit.csv.role"),
    t("audit.csv.action"),
    t("audit.csv.actionCode"),
    t("audit.csv.targetType"),
    t("audit.csv.target"),
    t("audit.csv.case"),
    t("audit.csv.address"),
    t("audit.csv.details"),
  ],
  cells: (row: AuditRow) => [
    row.at,
    row.actor?.name ?? row.actorKeyId ?? "",
    row.actor ? t(`role.${row.actor.role}`) : "",
    actionLabel(t, row.action),
    row.action,
    row.targetType,
    row.targetId,
    row.caseNumber,
    row.clientAddress,
    row.details,
  ],
});
