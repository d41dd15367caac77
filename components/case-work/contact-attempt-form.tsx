"use client";
import { useId, useState, type FormEvent } from "react";
import { WorkFormFooter } from "@/components/ui/work-form-footer";
import { contactAttemptSchema } from "@/lib/cases/schema";
import type { ContactResult } from "@/lib/generated/prisma/enums";
import { useT } from "@/lib/i18n/client";
import { contactResultKey } from "@/lib/i18n/labels";
import { CONTACT_RESULTS } from "./case-work-labels";
import { focusFirstInvalid } from "./focus-first-invalid";
import { useCaseWrite } from "./use-case-write";
import { failureMessage, fieldErrors, type FieldErrors } from "./write-failure";

export type ContactChoice = { key: string; name: string; phone: string | null; label: string };

type Draft = { contactName: string; phone: string; result: ContactResult | ""; notes: string };

const EMPTY: Draft = { contactName: "", phone: "", result: "", notes: "" };
const { shape } = contactAttemptSchema;
const MAX = {
  contactName: shape.contactName.maxLength ?? undefined,
  phone: shape.phone.unwrap().maxLength ?? undefined,
  notes: shape.notes.unwrap().maxLength ?? undefined,
};

type ContactAttemptFormProps = { caseId: string; choices: ContactChoice[]; allowed: boolean };

/** Logs one call. Its draft is client state, so a live refresh of the page leaves it as typed. */
export const ContactAttemptForm = ({ caseId, choices, allowed }: ContactAttemptFormProps) => {
  const { t } = useT();
  const id = useId();
  const { send, pending } = useCaseWrite(caseId);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  if (!allowed) return null;

  const update = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    setError(null);
    setNotice(null);
    const parsed = contactAttemptSchema.safeParse({
      contactName: draft.contactName,
      phone: draft.phone.trim() || undefined,
      result: draft.result || undefined,
      notes: draft.notes.trim() || undefined,
    });
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error.issues, t));
      setError(t("caseWork.error.invalid"));
      return focusFirstInvalid(form);
    }
    setErrors({});
    const result = await send("contact-attempts", parsed.data);
    if (!result.ok) {
      if (result.failure.kind === "invalid") {
        setErrors(fieldErrors(result.failure.issues, t));
        focusFirstInvalid(form);
      }
      return setError(failureMessage(result.failure, { t }));
    }
    setDraft(EMPTY);
    setNotice(t("caseWork.contactForm.done"));
  };

  const field = (name: keyof Draft) => ({
    id: `${id}-${name}`,
    "aria-invalid": errors[name] ? true : undefined,
    "aria-describedby": `${id}-${name}-error`,
  });
  const fieldError = (name: keyof Draft) => (
    <p id={`${id}-${name}-error`} className="field__error">
      {errors[name]}
    </p>
  );

  return (
    <form className="work-form" noValidate onSubmit={(event) => void submit(event)} aria-labelledby={`${id}-title`} data-testid="contact-form">
      <h3 id={`${id}-title`} className="work-form__title">
        {t("caseWork.contactForm.title")}
      </h3>
      {choices.length > 0 && (
        <div className="quick-choices" role="group" aria-labelledby={`${id}-quick`}>
          <span id={`${id}-quick`} className="quick-choices__label">
            {t("caseWork.contactForm.quick")}
          </span>
          {choices.map((choice) => {
            const chosen = draft.contactName === choice.name && draft.phone === (choice.phone ?? "");
            return (
              <button
                key={choice.key}
                type="button"
                className="quick-choice"
                aria-pressed={chosen}
                onClick={() => update({ contactName: choice.name, phone: choice.phone ?? "" })}
              >
                {choice.label}
              </button>
            );
          })}
        </div>
      )}
      <div className="work-form__row">
        <div className="field">
          <label htmlFor={`${id}-contactName`}>{t("caseWork.contactForm.contactName")}</label>
          <input {...field("contactName")} required maxLength={MAX.contactName} autoComplete="off" value={draft.contactName} onChange={(e) => update({ contactName: e.target.value })} />
          {fieldError("contactName")}
        </div>
        <div className="field">
          <label htmlFor={`${id}-phone`}>{t("caseWork.contactForm.phone")}</label>
          <input {...field("phone")} type="tel" maxLength={MAX.phone} autoComplete="off" value={draft.phone} onChange={(e) => update({ phone: e.target.value })} />
          {fieldError("phone")}
        </div>
        <div className="field">
          <label htmlFor={`${id}-result`}>{t("caseWork.contactForm.result")}</label>
          <select {...field("result")} required value={draft.result} onChange={(e) => update({ result: e.target.value as ContactResult | "" })}>
            <option value="">{t("caseWork.contactForm.resultPlaceholder")}</option>
            {CONTACT_RESULTS.map((result) => (
              <option key={result} value={result}>
                {t(contactResultKey(result))}
              </option>
            ))}
          </select>
          {fieldError("result")}
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-notes`}>{t("caseWork.contactForm.notes")}</label>
        <textarea {...field("notes")} rows={2} maxLength={MAX.notes} value={draft.notes} onChange={(e) => update({ notes: e.target.value })} />
        {fieldError("notes")}
      </div>
      <WorkFormFooter
        submitLabel={t("caseWork.contactForm.submit")}
        pending={pending}
        notice={notice}
        error={error}
        testId="contact-form-status"
        errorTestId="contact-form-error"
      />
    </form>
  );
};
