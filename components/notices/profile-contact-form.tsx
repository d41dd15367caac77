"use client";
import { useId, useState } from "react";
import { request } from "@/lib/client/request";
import { useT } from "@/lib/i18n/client";
import { profileSchema } from "@/lib/notices/schema";
import type { Profile } from "@/lib/notices/types";

type Draft = { mobilePhone: string; noticeEmail: string; notifySms: boolean; notifyEmail: boolean };
type Field = "mobilePhone" | "noticeEmail";

const FIELD_MESSAGE = { mobilePhone: "profile.mobilePhone.invalid", noticeEmail: "profile.noticeEmail.invalid" } as const;

const fieldsOf = (issues: readonly { path: PropertyKey[] | string }[]) =>
  new Set(issues.map((issue) => String(Array.isArray(issue.path) ? issue.path[0] : issue.path.split(".")[0])).filter((f): f is Field => f in FIELD_MESSAGE));

/** The staff member's SMS and e-mail channels. What was typed stays on a refusal; the error names the field. */
export const ProfileContactForm = ({ profile }: { profile: Profile }) => {
  const { t } = useT();
  const id = useId();
  const [draft, setDraft] = useState<Draft>({
    mobilePhone: profile.mobilePhone ?? "",
    noticeEmail: profile.noticeEmail ?? "",
    notifySms: profile.notifySms,
    notifyEmail: profile.notifyEmail,
  });
  const [invalid, setInvalid] = useState<ReadonlySet<Field>>(new Set());
  const [pending, setPending] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const submit = async () => {
    if (pending) return;
    setStatus(null);
    setError(null);
    const parsed = profileSchema.safeParse(draft);
    if (!parsed.success) {
      setInvalid(fieldsOf(parsed.error.issues));
      return;
    }
    setInvalid(new Set());
    setPending(true);
    const result = await request<{ profile: Profile }>("PATCH", "/api/v1/profile", { body: draft });
    setPending(false);
    if (result.ok) {
      const saved = result.data.profile;
      setDraft({ mobilePhone: saved.mobilePhone ?? "", noticeEmail: saved.noticeEmail ?? "", notifySms: saved.notifySms, notifyEmail: saved.notifyEmail });
      return setStatus(t("profile.saved"));
    }
    if (result.failure.kind === "invalid") setInvalid(fieldsOf(result.failure.issues));
    setError(t("profile.saveFailed"));
  };

  const text = (field: Field, type: "tel" | "email", label: string, hint: string) => (
    <div className="field">
      <label htmlFor={`${id}-${field}`}>{label}</label>
      <input
        id={`${id}-${field}`}
        name={field}
        type={type}
        autoComplete={type === "tel" ? "tel" : "email"}
        value={draft[field]}
        onChange={(event) => setDraft({ ...draft, [field]: event.target.value })}
        aria-invalid={invalid.has(field) ? true : undefined}
        aria-describedby={`${id}-${field}-hint ${id}-${field}-error`}
      />
      <p id={`${id}-${field}-hint`} className="field__hint">
        {hint}
      </p>
      <p id={`${id}-${field}-error`} className="field__error" data-testid={`profile-${field}-error`}>
        {invalid.has(field) ? t(FIELD_MESSAGE[field]) : null}
      </p>
    </div>
  );

  return (
    <form
      className="work-form profile-form"
      noValidate
      data-testid="profile-form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      {text("mobilePhone", "tel", t("profile.mobilePhone"), t("profile.mobilePhone.hint"))}
      <label className="profile-form__check">
        <input type="checkbox" checked={draft.notifySms} onChange={(event) => setDraft({ ...draft, notifySms: event.target.checked })} />
        {t("profile.notifySms")}
      </label>
      {text("noticeEmail", "email", t("profile.noticeEmail"), t("profile.noticeEmail.hint", { email: profile.email }))}
      <label className="profile-form__check">
        <input
          type="checkbox"
          checked={draft.notifyEmail}
          disabled={!profile.emailEnabled}
          onChange={(event) => setDraft({ ...draft, notifyEmail: event.target.checked })}
        />
        {t("profile.notifyEmail")}
      </label>
      {!profile.emailEnabled && <p className="field__hint">{t("profile.emailOff")}</p>}
      <div className="work-form__footer">
        <button type="submit" className="button button--primary" disabled={pending} aria-busy={pending}>
          {pending ? t("profile.saving") : t("profile.save")}
        </button>
        <p role="status" className="work-status" data-testid="profile-status">
          {status}
        </p>
      </div>
      <div role="alert" className="form__error" data-testid="profile-error">
        {error}
      </div>
    </form>
  );
};
