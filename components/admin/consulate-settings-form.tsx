"use client";
// One consulate's settings: saved with the version the form read, so that a
// save made meanwhile by another administrator is named, not overwritten.
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { request } from "@/lib/client/request";
import { useT } from "@/lib/i18n/client";
import { formatDateTime } from "@/lib/i18n/format";
import type { ConsulateSettings, SettingField } from "@/lib/consulates/schema";
import type { AdminConsulate, ConsulateOption, SettingChange } from "@/lib/consulates/types";

type Values = Record<SettingField, string>;

const NUMBER_FIELDS = [
  "ackAmberMinutes",
  "ackRedMinutes",
  "contactAmberMinutes",
  "contactRedMinutes",
  "offerAfterMinutes",
  "raidRadiusKm",
  "raidWindowMinutes",
  "raidProposeAt",
  "raidOpenAt",
] as const satisfies readonly SettingField[];

const SECTIONS: { key: string; fields: SettingField[] }[] = [
  { key: "targets", fields: ["ackAmberMinutes", "ackRedMinutes", "contactAmberMinutes", "contactRedMinutes"] },
  { key: "escalation", fields: ["escalationEnabled", "backupConsulateId", "offerAfterMinutes"] },
  { key: "raids", fields: ["raidRadiusKm", "raidWindowMinutes", "raidProposeAt", "raidOpenAt"] },
  { key: "contact", fields: ["timeZone", "contactPhone"] },
];

const KNOWN_ISSUES = new Set(["required", "red_after_amber", "open_at_least_propose", "time_zone", "e164", "not_itself", "unknown_consulate"]);

const toValues = (s: ConsulateSettings): Values => ({
  ...(Object.fromEntries(NUMBER_FIELDS.map((f) => [f, String(s[f])])) as Record<(typeof NUMBER_FIELDS)[number], string>),
  escalationEnabled: s.escalationEnabled ? "1" : "",
  backupConsulateId: s.backupConsulateId ?? "",
  timeZone: s.timeZone,
  contactPhone: s.contactPhone ?? "",
});

const toBody = (v: Values) => ({
  ...Object.fromEntries(NUMBER_FIELDS.map((f) => [f, v[f].trim() === "" ? null : Number(v[f])])),
  escalationEnabled: v.escalationEnabled === "1",
  backupConsulateId: v.backupConsulateId || null,
  timeZone: v.timeZone,
  contactPhone: v.contactPhone.trim() === "" ? null : v.contactPhone,
});

type Props = {
  consulate: AdminConsulate;
  options: ConsulateOption[];
  timeZone: string;
  onSaved: (next: AdminConsulate) => void;
};

export const ConsulateSettingsForm = ({ consulate, options, timeZone, onSaved }: Props) => {
  const { t, locale } = useT();
  const router = useRouter();
  const [values, setValues] = useState<Values>(() => toValues(consulate.settings));
  const [issues, setIssues] = useState<Partial<Record<SettingField, string>>>({});
  const [status, setStatus] = useState("");
  const [pending, setPending] = useState(false);

  const set = (field: SettingField, value: string) => setValues((v) => ({ ...v, [field]: value }));
  const when = (iso: string) => formatDateTime(iso, { locale, timeZone });
  const issueText = (message: string) => t(`consulates.issue.${KNOWN_ISSUES.has(message) ? message : "range"}` as "consulates.issue.range");

  const describeConflict = (change: SettingChange | undefined) =>
    t("consulates.conflict", {
      who: change?.changedByName ?? t("consulates.history.unknown"),
      when: change ? when(change.changedAt) : "—",
      fields: change ? change.changes.map((c) => t(`consulates.field.${c.field}`)).join(", ") : "—",
    });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setPending(true);
    setStatus("");
    setIssues({});
    const result = await request<{ version: number; change: SettingChange | null }>("PATCH", `/api/v1/admin/consulates/${consulate.id}`, {
      body: { ...toBody(values), version: consulate.version },
    });
    setPending(false);
    if (result.ok) {
      const { change, version } = result.data;
      if (!change) return setStatus(t("consulates.unchanged"));
      const settings = { ...consulate.settings, ...Object.fromEntries(change.changes.map((c) => [c.field, c.to])) } as ConsulateSettings;
      onSaved({ ...consulate, settings, version, history: [change, ...consulate.history] });
      setValues(toValues(settings));
      setStatus(t("consulates.saved"));
      router.refresh();
      return;
    }
    const { failure } = result;
    if (failure.kind === "invalid") {
      const byField: Partial<Record<SettingField, string>> = {};
      for (const issue of failure.issues) byField[issue.path as SettingField] ??= issueText(issue.message);
      setIssues(byField);
      return setStatus(t("consulates.error"));
    }
    if (failure.kind === "conflict") {
      // The other save, read again: the form keeps what this administrator typed, and now carries the new version.
      const fresh = await request<{ consulates: AdminConsulate[] }>("GET", "/api/v1/admin/consulates");
      const now = fresh.ok ? fresh.data.consulates.find((c) => c.id === consulate.id) : undefined;
      if (now) onSaved(now);
      return setStatus(describeConflict(now?.history[0]));
    }
    setStatus(t("consulates.error.failed"));
  };

  const input = (field: SettingField) => {
    const id = `setting-${field}`;
    const error = issues[field];
    const hint = field === "timeZone" || field === "contactPhone" ? t(`consulates.hint.${field}`) : null;
    const described = [hint ? `${id}-hint` : null, `${id}-error`].filter(Boolean).join(" ");
    if (field === "escalationEnabled") {
      return (
        <div className="field field--check" key={field}>
          <label htmlFor={id}>
            <input id={id} type="checkbox" checked={values[field] === "1"} onChange={(e) => set(field, e.target.checked ? "1" : "")} />{" "}
            {t("consulates.field.escalationEnabled")}
          </label>
        </div>
      );
    }
    const control =
      field === "backupConsulateId" ? (
        <select id={id} name={field} value={values[field]} onChange={(e) => set(field, e.target.value)} aria-invalid={error ? true : undefined} aria-describedby={described}>
          <option value="">{t("consulates.noBackup")}</option>
          {options
            .filter((o) => o.id !== consulate.id)
            .map((o) => (
              <option key={o.id} value={o.id}>
                {o.code} · {o.name}
              </option>
            ))}
        </select>
      ) : (
        <input
          id={id}
          name={field}
          inputMode={field === "raidRadiusKm" ? "decimal" : field === "timeZone" ? "text" : field === "contactPhone" ? "tel" : "numeric"}
          type={field === "timeZone" ? "text" : field === "contactPhone" ? "tel" : "number"}
          step={field === "raidRadiusKm" ? "0.1" : "1"}
          value={values[field]}
          onChange={(e) => set(field, e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={described}
        />
      );
    return (
      <div className="field" key={field}>
        <label htmlFor={id}>{t(`consulates.field.${field}`)}</label>
        {control}
        {hint ? (
          <span id={`${id}-hint`} className="field__hint">
            {hint}
          </span>
        ) : null}
        <span id={`${id}-error`} className="field__error">
          {error ?? ""}
        </span>
      </div>
    );
  };

  return (
    <form className="form consulate-form" onSubmit={(event) => void onSubmit(event)} noValidate data-testid="consulate-settings-form">
      {SECTIONS.map((section) => (
        <fieldset key={section.key} className="consulate-form__section">
          <legend>{t(`consulates.section.${section.key}` as "consulates.section.targets")}</legend>
          <div className="consulate-form__grid">{section.fields.map(input)}</div>
        </fieldset>
      ))}
      <div className="consulate-form__footer">
        <button type="submit" className="button button--primary" disabled={pending}>
          {pending ? t("consulates.saving") : t("consulates.save")}
        </button>
        <p role="status" className="consulate-form__status" data-testid="consulate-settings-status">
          {status}
        </p>
      </div>
    </form>
  );
};
