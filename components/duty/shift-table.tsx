"use client";
import { useState } from "react";
import { request } from "@/lib/client/request";
import type { Shift } from "@/lib/duty/types";
import { useT } from "@/lib/i18n/client";
import { shiftWhen } from "./shift-text";

type ShiftTableProps = {
  shifts: Shift[];
  canEdit: boolean;
  /** A line under the title (who may edit). */
  intro?: string;
  onDeleted: () => void;
  say: (message: string) => void;
};

/** The week's shifts as a list: who, when, what kind; supervisors remove one here, after confirming. */
export const ShiftTable = ({ shifts, canEdit, intro, onDeleted, say }: ShiftTableProps) => {
  const { t, locale } = useT();
  const [busy, setBusy] = useState<string | null>(null);

  const remove = async (shift: Shift) => {
    const when = shiftWhen(shift, { t, locale });
    if (!window.confirm(t("roster.delete.confirm", { name: shift.userName, when }))) return;
    setBusy(shift.id);
    const result = await request("DELETE", `/api/v1/roster/shifts/${encodeURIComponent(shift.id)}`);
    setBusy(null);
    // Gone already (someone else removed it) is what was asked for.
    if (!result.ok && result.failure.kind !== "not_found") return say(t("roster.delete.failed"));
    say(t("roster.delete.done"));
    onDeleted();
  };

  return (
    <section className="panel" aria-labelledby="roster-list-title">
      <h2 id="roster-list-title" className="panel__title">
        {t("roster.list.title")}
      </h2>
      {intro ? <p className="panel__intro">{intro}</p> : null}
      {shifts.length === 0 ? (
        <p className="panel__intro">{t("roster.list.empty")}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table roster-list" data-testid="shift-list">
            <thead>
              <tr>
                <th scope="col">{t("roster.list.person")}</th>
                <th scope="col">{t("roster.list.when")}</th>
                <th scope="col">{t("roster.list.kind")}</th>
                <th scope="col">{t("roster.list.note")}</th>
                {canEdit ? <th scope="col"><span className="sr-only">{t("roster.delete")}</span></th> : null}
              </tr>
            </thead>
            <tbody>
              {shifts.map((shift) => (
                <tr key={shift.id} data-shift-id={shift.id} className={shift.counts ? undefined : "roster-list__void"}>
                  <th scope="row">
                    {shift.userName}
                    {shift.counts ? null : <span className="roster-list__flag"> · {t("roster.block.notCounted")}</span>}
                  </th>
                  <td>{shiftWhen(shift, { t, locale })}</td>
                  <td>{t(`roster.kind.${shift.kind}`)}</td>
                  <td>{shift.note ?? ""}</td>
                  {canEdit ? (
                    <td>
                      <button
                        type="button"
                        className="button button--danger button--small"
                        disabled={busy === shift.id}
                        onClick={() => void remove(shift)}
                        aria-label={t("roster.delete.label", { name: shift.userName })}
                      >
                        {t("roster.delete")}
                      </button>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
};
