"use client";
// Corrects one of the person's fields with a reason, at the version the page
// read: a change made meanwhile is named (409), never overwritten. On success
// the page is read again, so the new value and its history show at once.
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { request } from "@/lib/client/request";
import { useT } from "@/lib/i18n/client";
import { CORRECTABLE_FIELDS, correctionSchema, type CorrectableField } from "@/lib/subjects/schema";

type Props = { personId: string; version: string; current: Record<CorrectableField, string | null> };

export const CorrectionForm = ({ personId, version, current }: Props) => {
  const { t } = useT();
  const id = useId();
  const router = useRouter();
  const [field, setField] = useState<CorrectableField>("phone");
  const [value, setValue] = useState(current.phone ?? "");
  const [reason, setReason] = useState("");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const choose = (next: CorrectableField) => {
    setField(next);
    setValue(current[next] ?? "");
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    setError(null);
    setNotice(null);
    const body = { version, reason, changes: { [field]: value.trim() === "" && field !== "fullName" ? null : value.trim() } };
    const parsed = correctionSchema.safeParse(body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return setError(issue.path[0] === "reason" ? t("subjects.correct.reasonRequired") : t("subjects.correct.invalid", { message: issue.message }));
    }
    setPending(true);
    const result = await request<{ fields: string[] }>("POST", `/api/v1/subjects/${personId}/corrections`, { body });
    setPending(false);
    if (!result.ok) {
      const failure = result.failure;
      if (failure.kind === "conflict") {
        if (failure.reason === "a_number_taken") return setError(t("subjects.correct.aNumberTaken"));
        router.refresh();
        return setError(t("subjects.correct.stale"));
      }
      if (failure.kind === "invalid") return setError(t("subjects.correct.invalid", { message: failure.issues.map((i) => `${i.path}: ${i.message}`).join("; ") }));
      return setError(t("subjects.correct.failed"));
    }
    setReason("");
    setNotice(result.data.fields.length === 0 ? t("subjects.correct.unchanged") : t("subjects.correct.done"));
    router.refresh();
  };

  return (
    <form className="form subject-correction" noValidate onSubmit={submit} data-testid="correction-form">
      <h3 className="panel__subtitle">{t("subjects.correct.title")}</h3>
      <div className="subject-correction__row">
        <div className="field">
          <label htmlFor={`${id}-field`}>{t("subjects.correct.field")}</label>
          <select id={`${id}-field`} value={field} onChange={(e) => choose(e.target.value as CorrectableField)}>
            {CORRECTABLE_FIELDS.map((f) => (
              <option key={f} value={f}>
                {t(`subjects.field.${f}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-value`}>{t("subjects.correct.value")}</label>
          <input id={`${id}-value`} value={value} onChange={(e) => setValue(e.target.value)} aria-describedby={`${id}-hint`} maxLength={200} />
          <p id={`${id}-hint`} className="field__hint">
            {t("subjects.correct.valueHint")}
          </p>
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-reason`}>{t("subjects.correct.reason")}</label>
        <textarea id={`${id}-reason`} rows={2} required maxLength={1000} value={reason} onChange={(e) => setReason(e.target.value)} />
      </div>
      <p role="alert" className="form__error">
        {error}
      </p>
      <p role="status" className="form__notice">
        {notice}
      </p>
      <button type="submit" className="button button--primary" disabled={pending}>
        {pending ? t("subjects.correct.saving") : t("subjects.correct.submit")}
      </button>
    </form>
  );
};
