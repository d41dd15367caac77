"use client";
// A consulate's recorded changes: who, when, and each field's before and after.
import { useT } from "@/lib/i18n/client";
import { formatDateTime } from "@/lib/i18n/format";
import type { ConsulateOption, SettingChange } from "@/lib/consulates/types";

export const ConsulateSettingsHistory = ({ history, options, timeZone }: { history: SettingChange[]; options: ConsulateOption[]; timeZone: string }) => {
  const { t, locale } = useT();
  const codeOf = new Map(options.map((o) => [o.id, o.code]));
  const value = (field: string, v: unknown) => {
    if (v === null || v === undefined || v === "") return t("consulates.value.none");
    if (typeof v === "boolean") return v ? t("consulates.value.yes") : t("consulates.value.no");
    if (field === "backupConsulateId") return codeOf.get(String(v)) ?? String(v);
    return String(v);
  };
  return (
    <section className="panel" aria-labelledby="consulate-history-heading">
      <h2 id="consulate-history-heading" className="panel__title">
        {t("consulates.history.title")}
      </h2>
      {history.length === 0 ? (
        <p>{t("consulates.history.empty")}</p>
      ) : (
        <ol className="consulate-history" data-testid="consulate-history">
          {history.map((entry) => (
            <li key={entry.id} className="consulate-history__entry">
              <p className="consulate-history__meta">
                {t("consulates.history.by", {
                  who: entry.changedByName ?? t("consulates.history.unknown"),
                  when: formatDateTime(entry.changedAt, { locale, timeZone }),
                })}
              </p>
              <ul>
                {entry.changes.map((c) => (
                  <li key={c.field}>
                    {t("consulates.history.change", { field: t(`consulates.field.${c.field}`), from: value(c.field, c.from), to: value(c.field, c.to) })}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
};
