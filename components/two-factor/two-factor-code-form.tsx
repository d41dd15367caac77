"use client";
import { useId, useState, type FormEvent } from "react";
import { request } from "@/lib/client/request";
import { useT } from "@/lib/i18n/client";
import type { MessageKey } from "@/lib/i18n/messages/es";

type TwoFactorCodeFormProps<T> = {
  /** The route that takes `{ code }`. */
  path: string;
  label: MessageKey;
  submitLabel: MessageKey;
  /** Six digits only (enrolment), or any second factor (recovery codes too). */
  digitsOnly?: boolean;
  danger?: boolean;
  onDone: (data: T) => void;
};

/** A code, sent to one of the two-factor routes; a wrong one says so under the field, which keeps the focus. */
export const TwoFactorCodeForm = <T,>({ path, label, submitLabel, digitsOnly = false, danger = false, onDone }: TwoFactorCodeFormProps<T>) => {
  const { t } = useT();
  const id = useId();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const form = event.currentTarget;
    const code = String(new FormData(form).get("code") ?? "").trim();
    setPending(true);
    setError(null);
    const result = await request<T>("POST", path, { body: { code } });
    setPending(false);
    if (result.ok) {
      form.reset();
      return onDone(result.data);
    }
    setError(result.failure.kind === "invalid" ? t("twoFactor.code.wrong") : t("twoFactor.failed"));
    form.querySelector<HTMLInputElement>("input")?.select();
  };

  return (
    <form className="form two-factor__code" onSubmit={(event) => void submit(event)}>
      <div className="field">
        <label htmlFor={`${id}-code`}>{t(label)}</label>
        <input
          id={`${id}-code`}
          name="code"
          type="text"
          autoComplete="one-time-code"
          inputMode={digitsOnly ? "numeric" : "text"}
          pattern={digitsOnly ? "[0-9]{6}" : undefined}
          maxLength={digitsOnly ? 6 : 32}
          spellCheck={false}
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-error`}
        />
      </div>
      <div id={`${id}-error`} role="alert" className="form__error">
        {error}
      </div>
      <button type="submit" className={`button ${danger ? "button--danger" : "button--primary"}`} disabled={pending} aria-busy={pending}>
        {t(submitLabel)}
      </button>
    </form>
  );
};
