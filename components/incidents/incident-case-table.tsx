"use client";
import Link from "next/link";
import { useEffect, useRef } from "react";
import { StatusBadge } from "@/components/ui/status-badge";
import type { CaseSummary } from "@/lib/cases/events";
import { useT } from "@/lib/i18n/client";
import { formatTime } from "@/lib/i18n/format";
import { formatPlace } from "@/lib/i18n/format-place";

type IncidentCaseTableProps = {
  cases: readonly CaseSummary[];
  selected: ReadonlySet<string>;
  onSelect: (next: ReadonlySet<string>) => void;
  /** The case picked on the map: marked and scrolled to. */
  pickedId: string | null;
  timeZone: string;
};

/** The incident's cases, each with a box to pick it for a bulk action, and one box for all. */
export const IncidentCaseTable = ({ cases, selected, onSelect, pickedId, timeZone }: IncidentCaseTableProps) => {
  const { t, locale } = useT();
  const all = useRef<HTMLInputElement>(null);
  const picked = cases.filter((c) => selected.has(c.id)).length;
  const every = cases.length > 0 && picked === cases.length;

  useEffect(() => {
    if (all.current) all.current.indeterminate = picked > 0 && !every;
  }, [picked, every]);

  useEffect(() => {
    if (!pickedId) return;
    document.querySelector(`tr[data-incident-case-id="${CSS.escape(pickedId)}"]`)?.scrollIntoView({ block: "nearest" });
  }, [pickedId]);

  const toggle = (id: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    onSelect(next);
  };

  return (
    <div className="table-scroll incident-cases">
      <table className="case-table incident-case-table" aria-label={t("incidents.list.label")} data-testid="incident-case-table">
        <thead>
          <tr>
            <th scope="col" className="incident-case-table__pick">
              <input
                ref={all}
                type="checkbox"
                checked={every}
                disabled={cases.length === 0}
                onChange={(event) => onSelect(new Set(event.target.checked ? cases.map((c) => c.id) : []))}
                aria-label={t("incidents.list.selectAll")}
                data-testid="incident-select-all"
              />
            </th>
            <th scope="col">{t("cases.column.number")}</th>
            <th scope="col">{t("cases.column.person")}</th>
            <th scope="col">{t("cases.column.status")}</th>
            <th scope="col">{t("queue.column.owner")}</th>
            <th scope="col">{t("case.field.alertAt")}</th>
          </tr>
        </thead>
        <tbody>
          {cases.length === 0 ? (
            <tr>
              <td colSpan={6} className="case-table__empty">
                {t("incidents.list.empty")}
              </td>
            </tr>
          ) : (
            cases.map((c) => {
              const place = formatPlace(c.place, t);
              return (
                <tr
                  key={c.id}
                  className={c.id === pickedId ? "incident-case incident-case--picked" : "incident-case"}
                  data-testid="incident-case-row"
                  data-incident-case-id={c.id}
                  data-case-number={c.number}
                  data-status={c.status}
                  data-owner-id={c.owner?.id ?? ""}
                >
                  <td className="incident-case-table__pick">
                    <input
                      type="checkbox"
                      checked={selected.has(c.id)}
                      onChange={(event) => toggle(c.id, event.target.checked)}
                      aria-label={t("incidents.list.select", { number: c.number })}
                    />
                  </td>
                  <th scope="row">
                    <Link href={`/cases/${c.id}`} prefetch={false}>
                      {c.number}
                    </Link>
                  </th>
                  <td className="case-row__person">
                    <span className="cell-text" title={c.personName ?? t("case.person.removed")}>
                      {c.personName ?? t("case.person.removed")}
                    </span>
                    {place && <span className="case-row__place">{place}</span>}
                  </td>
                  <td>
                    <StatusBadge status={c.status} />
                  </td>
                  <td data-testid="incident-case-owner">
                    {c.owner ? <span className="cell-text">{c.owner.name}</span> : <span className="case-row__unassigned">{t("queue.owner.none")}</span>}
                  </td>
                  <td>
                    <time dateTime={c.alertAt}>{formatTime(c.alertAt, { locale, timeZone })}</time>
                  </td>
                </tr>
              );
            })
          )}
        </tbody>
      </table>
    </div>
  );
};
