"use client";
import { useT } from "@/lib/i18n/client";

type ErrorPageProps = { error: Error & { digest?: string }; reset: () => void };

// The message is not shown: in production it is generic, and in development it may hold data.
const ErrorPage = ({ error, reset }: ErrorPageProps) => {
  const { t } = useT();
  return (
    <main id="main" className="page page--notice">
      <section className="notice" role="alert" data-testid="error-page">
        <h1>{t("error.title")}</h1>
        <p>{t("error.body")}</p>
        <button type="button" className="button button--primary" onClick={() => reset()}>
          {t("error.retry")}
        </button>
        {error.digest && <p className="muted notice__reference">{t("error.reference", { digest: error.digest })}</p>}
      </section>
    </main>
  );
};

export default ErrorPage;
