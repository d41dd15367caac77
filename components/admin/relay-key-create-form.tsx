"use client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useT } from "@/lib/i18n/client";
import { RelayKeySecretNotice } from "./relay-key-secret-notice";

type Created = { id: string; secret: string };

export const RelayKeyCreateForm = () => {
  const { t } = useT();
  const router = useRouter();
  const [name, setName] = useState("");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState("");
  const [created, setCreated] = useState<Created | null>(null);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setPending(true);
    setError("");
    const response = await fetch("/api/v1/relay-keys", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name }),
    }).catch(() => null);
    setPending(false);
    if (!response?.ok) {
      const body = await response?.json().catch(() => null);
      setError(t("relayKeys.create.error", { reason: body?.issues?.[0]?.message ?? body?.error ?? "network" }));
      return;
    }
    setCreated((await response.json()) as Created);
    setName("");
    router.refresh();
  };

  return (
    <section className="panel" aria-labelledby="relay-key-create">
      <h2 id="relay-key-create" className="panel__title">
        {t("relayKeys.create.title")}
      </h2>
      {created ? <RelayKeySecretNotice created={created} onDismiss={() => setCreated(null)} /> : null}
      <form className="form form--inline" onSubmit={(event) => void onSubmit(event)}>
        <div className="field">
          <label htmlFor="relay-key-name">{t("relayKeys.create.name")}</label>
          <input
            id="relay-key-name"
            name="name"
            required
            maxLength={80}
            value={name}
            onChange={(event) => setName(event.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby="relay-key-error"
          />
        </div>
        <button type="submit" className="button button--primary" disabled={pending}>
          {pending ? t("relayKeys.create.submitting") : t("relayKeys.create.submit")}
        </button>
        <div id="relay-key-error" role="alert" className="form__error" data-testid="relay-key-error">
          {error}
        </div>
      </form>
    </section>
  );
};
