import type { RelayKeyRow } from "@/lib/relay-keys/schema";
import { formatDateTime } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import { RelayKeyRevokeButton } from "./relay-key-revoke-button";

type Props = { keys: RelayKeyRow[]; timeZone: string };

export const RelayKeyTable = async ({ keys, timeZone }: Props) => {
  const { locale, t } = await getT();
  const when = (iso: string | null) => (iso ? formatDateTime(iso, { locale, timeZone }) : t("relayKeys.never"));
  return (
    <div className="table-scroll">
      <table className="data-table" aria-label={t("relayKeys.tableLabel")}>
        <thead>
          <tr>
            <th scope="col">{t("relayKeys.column.id")}</th>
            <th scope="col">{t("relayKeys.column.name")}</th>
            <th scope="col">{t("relayKeys.column.created")}</th>
            <th scope="col">{t("relayKeys.column.lastUsed")}</th>
            <th scope="col">{t("relayKeys.column.state")}</th>
            <th scope="col">{t("relayKeys.column.actions")}</th>
          </tr>
        </thead>
        <tbody>
          {keys.length === 0 ? (
            <tr>
              <td colSpan={6}>{t("relayKeys.empty")}</td>
            </tr>
          ) : (
            keys.map((key) => (
              <tr key={key.id} data-testid="relay-key-row" data-key-id={key.id}>
                <th scope="row" className="mono">
                  {key.id}
                </th>
                <td>{key.name}</td>
                <td>{when(key.createdAt)}</td>
                <td>{when(key.lastUsedAt)}</td>
                <td data-testid="relay-key-state">
                  {key.revokedAt
                    ? t("relayKeys.state.revoked", { date: when(key.revokedAt) })
                    : t("relayKeys.state.active")}
                </td>
                <td>{key.revokedAt ? null : <RelayKeyRevokeButton id={key.id} />}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
};
