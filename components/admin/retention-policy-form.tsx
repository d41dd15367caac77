"use client";
// One class's retention schedule: two day counts, each may be "never",
// saved at the version the screen read, so that a save made meanwhile by
// another administrator is named, not overwritten.
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { request } from "@/lib/client/request";
import { useT } from "@/lib/i18n/client";
import { formatDateTime } from "@/lib/i18n/format";
import type { RetentionOverview, RetentionPolicyView } from "@/lib/retention/policy-data";
import { RETENTION_DAYS_MAX } from "@/lib/retention/schema";

type Field = "coarsenAfterDays" | "purgeAfterDays";
const FIELDS: Field[] = ["coarsenAfterDays", "purgeAfterDays"];
type Values = Record<Field, { days: string; never: boolean }>;

const toValues = (p: RetentionPolicyView): Values => ({
  coarsenAfterDays: { days: p.coarsenAfterDays === null ? "" : String(p.coarsenAfterDays), never: p.coarsenAfterDays === null },
  purgeAfterDays: { days: p.purgeAfterDays === null ? "" : String(p.purgeAfterDays), never: p.purgeAfterDays === null },
});

// What the server would refuse, said before sending: whole days in range, or never; coarsening before the purge.
const toBody = (values: Values) => {
  const issues: Partial<Record<Field, "days" | "order">> = {};
  const body: Record<Field, number | null> = { coarsenAfterDays: null, purgeAfterDays: null };
  for (const field of FIELDS) {
    if (values[field].never) continue;
    const n = Number(values[field].days);
    if (values[field].days.trim() === "" || !Number.isInteger(n) || n < 1 || n > RETENTION_DAYS_MAX) issues[field] = "days";
    else body[field] = n;
  }
  if (!issues.coarsenAfterDays && !issues.purgeAfterDays && body.coarsenAfterDays !== null && body.purgeAfterDays !== null && body.coarsenAfterDays >= body.purgeAfterDays) {
    issues.coarsenAfterDays = "order";
  }
  return { body, issues };
};

export const RetentionPolicyForm = ({ policy, timeZone }: { policy: RetentionPolicyView; timeZone: string }) => {
  const { t, locale } = useT();
  const id = useId();
  const router = useRouter();
  const [values, setValues] = useState<Values>(() => toValues(policy));
  const [version, setVersion] = useState(policy.version);
  const [issues, setIssues] = useState<Partial<Record<Field, "days" | "order">>>({});
  const [status, setStatus] = useState("");
  const [error, setError] = useState("");
  const [pending, setPending] = useState(false);

  const set = (field: Field, change: Partial<Values[Field]>) => setValues((v) => ({ ...v, [field]: { ...v[field], ...change } }));
  const when = (iso: string) => formatDateTime(iso, { locale, timeZone });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setStatus("");
    setError("");
    const { body, issues: local } = toBody(values);
    setIssues(local);
    if (Object.keys(local).length > 0) return;
    setPending(true);
    const result = await request<{ policy: RetentionPolicyView }>("PUT", `/api/v1/admin/retention/${policy.class}`, { body: { ...body, version } });
    setPending(false);
    if (result.ok) {
      setVersion(result.data.policy.version);
      setStatus(t("retention.saved"));
      router.refresh();
      return;
    }
    const { failure } = result;
    if (failure.kind === "invalid") {
      const byField: Partial<Record<Field, "days" | "order">> = {};
      for (const issue of failure.issues) byField[issue.path as Field] ??= issue.message === "coarsen_before_purge" ? "order" : "days";
      return setIssues(byField);
    }
    if (failure.kind === "conflict") {
      // The other save, read again: the form keeps what was typed, and now carries the new version.
      const fresh = await request<RetentionOverview>("GET", "/api/v1/admin/retention");
      const now = fresh.ok ? fresh.data.policies.find((p) => p.class === policy.class) : undefined;
      if (now) setVersion(now.version);
      return setError(now?.updatedByName ? t("retention.stale", { name: now.updatedByName, at: when(now.updatedAt) }) : t("retention.staleUnknown"));
    }
    setError(t("retention.error"));
  };

  return (
    <form className="retention-policy" onSubmit={onSubmit} noValidate data-testid={`retention-policy-${policy.class}`} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="retention-policy__title">
        {t(`retention.class.${policy.class}`)}
      </h2>
      {FIELDS.map((field) => {
        const input = `${id}-${field}`;
        const issue = issues[field];
        return (
          <div className="field retention-policy__field" key={field}>
            <label htmlFor={input}>{t(`retention.${field}`)}</label>
            <div className="retention-policy__days">
              <input
                id={input}
                name={field}
                type="number"
                inputMode="numeric"
                min={1}
                max={RETENTION_DAYS_MAX}
                step={1}
                value={values[field].days}
                disabled={values[field].never}
                onChange={(e) => set(field, { days: e.target.value })}
                aria-invalid={issue ? true : undefined}
                aria-describedby={`${input}-error`}
              />
              <label className="retention-policy__never">
                <input type="checkbox" checked={values[field].never} onChange={(e) => set(field, { never: e.target.checked })} /> {t("retention.never")}
              </label>
            </div>
            <p id={`${input}-error`} className="field__error">
              {issue === "days" ? t("retention.invalid.days") : issue === "order" ? t("retention.invalid.order") : null}
            </p>
          </div>
        );
      })}
      <p className="retention-policy__meta muted">
        {policy.updatedByName ? t("retention.updatedBy", { name: policy.updatedByName, at: when(policy.updatedAt) }) : null}
      </p>
      <div className="work-form__footer">
        <button type="submit" className="button button--primary" disabled={pending} aria-busy={pending}>
          {t("retention.save")}
        </button>
        <p role="status" className="work-status">
          {status}
        </p>
      </div>
      <div role="alert" className="form__error">
        {error}
      </div>
    </form>
  );
};
