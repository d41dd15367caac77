import { formatDateTime } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import type { PlacementOptions, StaffRow } from "@/lib/users/staff-types";
import { StaffRowActions } from "./staff-row-actions";
import { TwoFactorResetButton } from "./two-factor-reset-button";

type Props = { rows: StaffRow[]; options: PlacementOptions; selfId: string; timeZone: string };

export const StaffTable = async ({ rows, options, selfId, timeZone }: Props) => {
  const { locale, t } = await getT();
  const when = (iso: string | null) => (iso ? formatDateTime(iso, { locale, timeZone }) : t("staff.never"));
  const state = (row: StaffRow) => (!row.active ? "disabled" : row.awaitingPassword ? "invited" : "active");
  return (
    <div className="table-scroll">
      <table className="data-table staff-table" aria-label={t("staff.tableLabel")}>
        <thead>
          <tr>
            <th scope="col">{t("staff.column.name")}</th>
            <th scope="col">{t("staff.column.role")}</th>
            <th scope="col">{t("staff.column.state")}</th>
            <th scope="col">{t("staff.column.lastSignIn")}</th>
            <th scope="col">{t("staff.column.twoFactor")}</th>
            <th scope="col">{t("staff.column.actions")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={6}>{t("staff.empty")}</td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={row.id} data-testid="staff-row" data-user-id={row.id} data-email={row.email}>
                <th scope="row">
                  <span className="staff-table__name">
                    {row.name} {row.id === selfId ? <span className="muted">{t("staff.you")}</span> : null}
                  </span>
                  <span className="staff-table__email mono">{row.email}</span>
                </th>
                <td>
                  {t(`role.${row.role}`)}
                  <span className="staff-table__place">{row.consulate ? `${row.consulate.code} · ${row.consulate.name}` : (row.region?.name ?? "")}</span>
                </td>
                <td data-testid="staff-state">
                  <span className={`badge staff-state staff-state--${state(row)}`}>{t(`staff.status.${state(row)}`)}</span>
                </td>
                <td>{when(row.lastSignInAt)}</td>
                <td>
                  {row.twoFactorEnabled ? t("staff.twoFactor.on") : t("staff.twoFactor.off")}
                  {/* A lost phone: the administrator (or their supervisor) clears it; one's own is on /security. */}
                  {row.twoFactorEnabled && row.id !== selfId ? (
                    <>
                      {" "}
                      <TwoFactorResetButton userId={row.id} enabled />
                    </>
                  ) : null}
                </td>
                <td>{row.id === selfId ? null : <StaffRowActions row={row} options={options} timeZone={timeZone} />}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
};
