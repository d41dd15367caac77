"use client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { request } from "@/lib/client/request";
import { useT } from "@/lib/i18n/client";
import { PASSWORD_MIN } from "@/lib/users/staff-schema";

type Status = "idle" | "submitting" | "done" | "mismatch" | "tooShort" | "invalid" | "throttled" | "failed";

/** Sets the password from a one-time link, then goes on to sign in with the e-mail it belongs to. */
export const SetPasswordForm = ({ token }: { token: string }) => {
  const { t } = useT();
  const router = useRouter();
  const [status, setStatus] = useState<Status>("idle");

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = String(form.get("password") ?? "");
    if (password.trim().length < PASSWORD_MIN) return setStatus("tooShort");
    if (password !== String(form.get("confirm") ?? "")) return setStatus("mismatch");
    setStatus("submitting");
    const result = await request<{ email: string }>("POST", `/api/v1/staff-tokens/${encodeURIComponent(token)}`, { body: { password } });
    if (result.ok) {
      setStatus("done");
      router.replace("/sign-in");
      return;
    }
    const { failure } = result;
    setStatus(failure.kind === "not_found" ? "invalid" : failure.kind === "invalid" ? "tooShort" : failure.kind === "server" && failure.status === 429 ? "throttled" : "failed");
  };

  const message =
    status === "done"
      ? t("setPassword.done")
      : status === "mismatch"
        ? t("setPassword.mismatch")
        : status === "tooShort"
          ? t("setPassword.tooShort", { min: PASSWORD_MIN })
          : status === "invalid"
            ? t("setPassword.invalid")
            : status === "throttled"
              ? t("setPassword.throttled")
              : status === "failed"
                ? t("setPassword.failed")
                : "";
  const busy = status === "submitting" || status === "done";

  return (
    <form className="form" onSubmit={(event) => void onSubmit(event)} data-testid="set-password-form">
      <div className="field">
        <label htmlFor="new-password">{t("setPassword.password")}</label>
        <input id="new-password" name="password" type="password" autoComplete="new-password" required minLength={PASSWORD_MIN} maxLength={200} />
      </div>
      <div className="field">
        <label htmlFor="confirm-password">{t("setPassword.confirm")}</label>
        <input id="confirm-password" name="confirm" type="password" autoComplete="new-password" required minLength={PASSWORD_MIN} maxLength={200} />
      </div>
      <button type="submit" className="button button--primary button--block" disabled={busy}>
        {busy ? t("setPassword.submitting") : t("setPassword.submit")}
      </button>
      <p role={status === "done" ? "status" : "alert"} className={status === "done" ? "muted" : "form__error"} data-testid="set-password-message">
        {message}
      </p>
    </form>
  );
};
