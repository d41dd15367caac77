"use client";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useT } from "@/lib/i18n/client";
import { failureOf, type SignInFailure } from "./sign-in-failure";

type Status = { kind: "idle" } | { kind: "submitting" } | SignInFailure;

/** `callbackPath`: the deep link that sent the user here (already checked to be this site's), else null. */
type SignInFormProps = { initialError?: SignInFailure; callbackPath?: string | null };

// "/" sends each role on to its own desk (lib/users/landing.ts).
const HOME = "/";

// The second step has no state of its own on the server (lib/server/auth/authorize.ts):
// the e-mail and password typed in the first stay in this component's memory
// (a ref, never the DOM, a URL or storage) and go again, with the code, in one
// sign-in. Leaving the page, or "use another account", forgets them.
type Credentials = { email: string; password: string };

export const SignInForm = ({ initialError, callbackPath = null }: SignInFormProps) => {
  const target = callbackPath ?? HOME;
  const { t } = useT();
  const router = useRouter();
  const password = useRef<HTMLInputElement>(null);
  const code = useRef<HTMLInputElement>(null);
  const held = useRef<Credentials | null>(null);
  const [step, setStep] = useState<"password" | "code">("password");
  // A second-step code in a URL's ?error= has no password behind it here: start over.
  const [status, setStatus] = useState<Status>(
    initialError && initialError.kind !== "code-required" && initialError.kind !== "wrong-code" ? initialError : { kind: "idle" },
  );

  // The code field takes the focus as it appears: the password step it replaces had it.
  useEffect(() => {
    if (step === "code") code.current?.focus();
  }, [step]);

  const send = async (credentials: Credentials, secondFactor?: string) => {
    setStatus({ kind: "submitting" });
    const result = await signIn("credentials", {
      redirect: false,
      // Without it next-auth uses this page's URL, and reads an old ?error= in it as a new failure.
      callbackUrl: target,
      ...credentials,
      ...(secondFactor !== undefined && { code: secondFactor }),
    }).catch(() => undefined);
    if (result && !result.error && result.ok) {
      held.current = null;
      // Stays "submitting" (button disabled) until the desk (or the deep link) replaces this page.
      router.replace(target);
      // The root layout (html lang, the client catalog) was rendered signed out;
      // the user's own language may differ, so render it again too.
      router.refresh();
      return;
    }
    const failure = failureOf(result?.error ?? undefined);
    if (failure.kind === "code-required") {
      held.current = credentials;
      setStep("code");
      setStatus({ kind: "idle" });
      return;
    }
    setStatus(failure);
    if (failure.kind === "wrong-credentials") {
      held.current = null;
      setStep("password");
    }
    const field = step === "code" && failure.kind !== "wrong-credentials" ? code.current : password.current;
    if (field) {
      field.value = "";
      field.focus();
    }
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    if (step === "code" && held.current) return void send(held.current, String(form.get("code") ?? ""));
    return void send({ email: String(form.get("email") ?? ""), password: String(form.get("password") ?? "") });
  };

  const startOver = () => {
    held.current = null;
    setStep("password");
    setStatus({ kind: "idle" });
  };

  const failed = status.kind !== "idle" && status.kind !== "submitting";
  const submitting = status.kind === "submitting";
  const wrong = status.kind === "wrong-credentials";
  const wrongCode = status.kind === "wrong-code";

  return (
    // POST even before the page's script has loaded: a GET would put the password in the URL, and in logs.
    <form className="form" method="post" onSubmit={onSubmit}>
      {step === "password" ? (
        <>
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
        </>
      ) : (
        <>
          <p className="form__intro">{t("twoFactor.signIn.intro")}</p>
          <div className="field">
            <label htmlFor="sign-in-code">{t("twoFactor.signIn.codeLabel")}</label>
            <input
              id="sign-in-code"
              ref={code}
              name="code"
              type="text"
              autoComplete="one-time-code"
              autoCapitalize="characters"
              spellCheck={false}
              required
              maxLength={32}
              aria-invalid={wrongCode || undefined}
              aria-describedby={failed ? "sign-in-code-hint sign-in-error" : "sign-in-code-hint"}
            />
            <p id="sign-in-code-hint" className="field__hint">
              {t("twoFactor.signIn.codeHint")}
            </p>
          </div>
        </>
      )}
      {/* Always in the DOM (collapsed while empty), so screen readers announce the message when it appears. */}
      <div id="sign-in-error" role="alert" className="form__error" data-testid="sign-in-error">
        {status.kind === "wrong-credentials" && t("auth.error.credentials")}
        {status.kind === "wrong-code" && t("twoFactor.signIn.wrongCode")}
        {status.kind === "unavailable" && t("auth.error.unavailable")}
        {status.kind === "throttled" && t("auth.error.throttled", { minutes: status.minutes })}
      </div>
      <button type="submit" className="button button--primary button--block" disabled={submitting} aria-disabled={submitting}>
        {submitting ? t("auth.submitting") : step === "code" ? t("twoFactor.signIn.submit") : t("auth.submit")}
      </button>
      {step === "code" && (
        <button type="button" className="button button--quiet button--block" onClick={startOver} disabled={submitting}>
          {t("twoFactor.signIn.back")}
        </button>
      )}
    </form>
  );
};
