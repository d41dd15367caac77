"use client";
// The consulates screen: pick one, edit its settings, read its history.
import { useState } from "react";
import { useT } from "@/lib/i18n/client";
import type { AdminConsulate, ConsulateOption } from "@/lib/consulates/types";
import { ConsulateSettingsForm } from "./consulate-settings-form";
import { ConsulateSettingsHistory } from "./consulate-settings-history";

export const ConsulateSettingsDesk = ({ consulates: initial, timeZone }: { consulates: AdminConsulate[]; timeZone: string }) => {
  const { t } = useT();
  const [consulates, setConsulates] = useState(initial);
  const [selectedId, setSelectedId] = useState(initial[0]?.id ?? "");
  const options: ConsulateOption[] = consulates.map(({ id, code, name }) => ({ id, code, name }));
  const selected = consulates.find((c) => c.id === selectedId);
  const replace = (next: AdminConsulate) => setConsulates((all) => all.map((c) => (c.id === next.id ? next : c)));
  return (
    <>
      <section className="panel consulate-desk" aria-labelledby="consulates-heading">
        <h1 id="consulates-heading" className="panel__title">
          {t("consulates.title")}
        </h1>
        <p className="panel__intro">{t("consulates.intro")}</p>
        <div className="field consulate-desk__pick">
          <label htmlFor="consulate-pick">{t("consulates.pick")}</label>
          <select id="consulate-pick" value={selectedId} onChange={(e) => setSelectedId(e.target.value)}>
            {consulates.map((c) => (
              <option key={c.id} value={c.id}>
                {c.code} · {c.name}
              </option>
            ))}
          </select>
        </div>
        {selected ? (
          <>
            <p className="consulate-desk__region">{t("consulates.region", { region: selected.regionName })}</p>
            {/* Keyed by consulate: a new version (after a 409) keeps what was typed. */}
            <ConsulateSettingsForm key={selected.id} consulate={selected} options={options} timeZone={timeZone} onSaved={replace} />
          </>
        ) : null}
      </section>
      {selected ? <ConsulateSettingsHistory history={selected.history} options={options} timeZone={timeZone} /> : null}
    </>
  );
};
