"use client";
import type { CaseSummary } from "@/lib/cases/events";
import type { QueueItem } from "@/lib/incidents/fold";
import type { MessageKey } from "@/lib/i18n/messages/es";
import { useT } from "@/lib/i18n/client";
import { QueueIncidentRow } from "./queue-incident-row";
import { QueueRow } from "./queue-row";

type QueueTableProps = {
  /** The case rows on screen (an open incident's folded cases are not among them). */
  cases: readonly CaseSummary[];
  /** The rows with incidents folded (lib/incidents/fold.ts); absent: one row per case. */
  items?: readonly QueueItem[] | null;
  onToggleIncident?: (incidentId: string) => void;
  fresh: ReadonlySet<string>;
  overdueTasks: Readonly<Record<string, number>>;
  busy: ReadonlySet<string>;
  selectedId: string | null;
  userId: string;
  canTake: (summary: CaseSummary) => boolean;
  showActions: boolean;
  now: number;
  timeZone: string;
  /** For viewers without a consulate, whose cases span consulates and zones. */
  showZone: boolean;
  filtered: boolean;
  loading: boolean;
  onSelect: (id: string) => void;
  onTake: (summary: CaseSummary) => void;
  onClearFilters: () => void;
};

const columns = ({ showConsulate, showActions }: { showConsulate: boolean; showActions: boolean }): MessageKey[] => [
  "cases.column.number",
  "cases.column.person",
  "cases.column.status",
  "cases.column.priority",
  "cases.column.flags",
  "queue.column.owner",
  ...(showConsulate ? (["cases.column.consulate"] as const) : []),
  "cases.column.since",
  ...(showActions ? (["queue.column.action"] as const) : []),
];

const noop = () => undefined;

export const QueueTable = (props: QueueTableProps) => {
  const { cases, selectedId, showZone, timeZone } = props;
  const { t } = useT();
  const keys = columns({ showConsulate: showZone, showActions: props.showActions });
  const tabbableId = selectedId ?? cases[0]?.id;
  return (
    <div className="table-scroll">
      <table
        className="case-table queue-table"
        aria-label={t("queue.tableLabel")}
        aria-busy={props.loading}
        data-testid="case-table"
      >
        <thead>
          <tr>
            {keys.map((key) => (
              <th key={key} scope="col" className={key === "queue.column.action" ? "queue-table__action" : undefined}>
                {t(key)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {(props.items?.length ?? cases.length) === 0 ? (
            <tr>
              <td colSpan={keys.length} className="case-table__empty" data-testid="case-table-empty">
                {props.filtered ? (
                  <>
                    {t("queue.empty.filtered")}{" "}
                    <button type="button" className="link-button" onClick={props.onClearFilters}>
                      {t("queue.filter.clear")}
                    </button>
                  </>
                ) : (
                  t("cases.empty")
                )}
              </td>
            </tr>
          ) : (
            (props.items ?? cases.map((summary): QueueItem => ({ kind: "case", summary, incidentId: null }))).map((item) =>
              item.kind === "incident" ? (
                <QueueIncidentRow
                  key={`incident-${item.incident.id}`}
                  incident={item.incident}
                  shown={item.cases.length}
                  expanded={item.expanded}
                  columns={keys.length}
                  onToggle={props.onToggleIncident ?? noop}
                />
              ) : (
                <QueueRow
                  key={item.summary.id}
                  summary={item.summary}
                  nested={item.incidentId !== null}
                  fresh={props.fresh.has(item.summary.id)}
                  overdueTasks={props.overdueTasks[item.summary.id] ?? 0}
                  selected={item.summary.id === selectedId}
                  tabbable={item.summary.id === tabbableId}
                  busy={props.busy.has(item.summary.id)}
                  canTake={props.canTake(item.summary)}
                  showAction={props.showActions}
                  userId={props.userId}
                  now={props.now}
                  timeZone={showZone ? item.summary.timeZone : timeZone}
                  showZone={showZone}
                  showConsulate={showZone}
                  onSelect={props.onSelect}
                  onTake={props.onTake}
                />
              ),
            )
          )}
        </tbody>
      </table>
    </div>
  );
};
