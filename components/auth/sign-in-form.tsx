"use client";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { useT } from "@/lib/i18n/client";
import { failureOf, type SignInFailure } from "./sign-in-failure";

type Status = { kind: "idle" } | { kind: "submitting" } | SignInFailure;

/** `callbackPath`: the deep link that sent the user here (already checked to be this site's), else null. */
type SignInFormProps = { initialError?: SignInFailure; callbackPath?: string | null };

// "/" sends each role on to its own desk (lib/users/landing.ts).
const HOME = "/";

export const SignInForm = ({ initialError, callbackPath = null }: SignInFormProps) => {
  const target = callbackPath ?? HOME;
  const { t } = useT();
  const router = useRouter();
  const password = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<Status>(initialError ?? { kind: "idle" });

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setStatus({ kind: "submitting" });
    const result = await signIn("credentials", {
      redirect: false,
      // Without it next-auth uses this page's URL, and reads an old ?error= in it as a new failure.
      callbackUrl: target,
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
    }).catch(() => undefined);
    if (result && !result.error && result.ok) {
      // Stays "submitting" (button disabled) until the desk (or the deep link) replaces this page.
      router.replace(target);
      // The root layout (html lang, the client catalog) was rendered signed out;
      // the user's own language may differ, so render it again too.
      router.refresh();
      return;
    }
    setStatus(failureOf(result?.error ?? undefined));
    if (password.current) {
      password.current.value = "";
      password.current.focus();
    }
  };

  const failed = status.kind !== "idle" && status.kind !== "submitting";
  const submitting = status.kind === "submitting";
  const wrong = status.kind === "wrong-credentials";

  return (
    // POST even before the page's script has loaded: a GET would put the password in the URL, and in logs.
    <form className="form" method="post" onSubmit={(event) => void onSubmit(event)}>
      <div className="field">
        <label htmlFor="sign-in-email">{t("auth.email")}</label>
        <input
          id="sign-in-email"
          name="email"
          type="email"
          autoComplete="username"
          inputMode="email"
          required
          maxLength={254}
          aria-invalid={wrong || undefined}
          aria-describedby={failed ? "sign-in-error" : undefined}
        />
      </div>
      <div className="field">
        <label htmlFor="sign-in-password">{t("auth.password")}</label>
        <input
          id="sign-in-password"
          ref={password}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          maxLength={200}
          aria-invalid={wrong || undefined}
          aria-describedby={failed ? "sign-in-error" : undefined}
        />
      </div>
      {/* Always in the DOM (collapsed while empty), so screen readers announce the message when it appears. */}
      <div id="sign-in-error" role="alert" className="form__error" data-testid="sign-in-error">
        {status.kind === "wrong-credentials" && t("auth.error.credentials")}
        {status.kind === "unavailable" && t("auth.error.unavailable")}
        {status.kind === "throttled" && t("auth.error.throttled", { minutes: status.minutes })}
      </div>
      <button type="submit" className="button button--primary button--block" disabled={submitting} aria-disabled={submitting}>
        {submitting ? t("auth.submitting") : t("auth.submit")}
      </button>
    </form>
  );
};
