"use client";
import { useT } from "@/lib/i18n/client";
import type { MessageKey } from "@/lib/i18n/messages/es";
import type { LegalQueueRow } from "@/lib/legal-aid/types";
import { LegalRow } from "./legal-row";

type LegalTableProps = {
  rows: readonly LegalQueueRow[];
  userId: string;
  now: number;
  timeZone: string;
  canTake: (row: LegalQueueRow) => boolean;
  busy: ReadonlySet<string>;
  loading: boolean;
  filtered: boolean;
  onTake: (row: LegalQueueRow) => void;
};

const COLUMNS: MessageKey[] = [
  "cases.column.number",
  "legalDesk.column.person",
  "cases.column.status",
  "legalDesk.column.facility",
  "legalDesk.column.assignee",
  "legalDesk.column.deadline",
  "queue.column.action",
];

/** Overdue first, then the nearest deadline: the server's order, kept as it comes. */
export const LegalTable = ({ rows, loading, filtered, ...rest }: LegalTableProps) => {
  const { t } = useT();
  return (
    <div className="table-scroll">
      <table className="case-table legal-table" aria-label={t("legalDesk.tableLabel")} aria-busy={loading} data-testid="legal-table">
        <thead>
          <tr>
            {COLUMNS.map((key) => (
              <th key={key} scope="col">
                {t(key)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={COLUMNS.length} className="case-table__empty">
                {t(filtered ? "queue.empty.filtered" : "legalDesk.empty")}
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <LegalRow
                key={row.id}
                row={row}
                userId={rest.userId}
                now={rest.now}
                timeZone={row.timeZone ?? rest.timeZone}
                canTake={rest.canTake(row)}
                busy={rest.busy.has(row.id)}
                onTake={rest.onTake}
              />
            ))
          )}
        </tbody>
      </table>
    </div>
  );
};
