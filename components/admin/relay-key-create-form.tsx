"use client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { request, type RequestFailure } from "@/lib/client/request";
import { useT } from "@/lib/i18n/client";
import type { CreatedRelayKey } from "@/lib/relay-keys/mutations";
import { RelayKeySecretNotice } from "./relay-key-secret-notice";

// The form names what the server said: the first issue, else the code (the kinds are named after the codes).
const reasonOf = (failure: RequestFailure) => {
  if (failure.kind === "invalid") return failure.issues[0]?.message ?? "invalid_body";
  if (failure.kind === "server") return failure.code ?? "network";
  return failure.kind;
};

export const RelayKeyCreateForm = () => {
  const { t } = useT();
  const router = useRouter();
  const [name, setName] = useState("");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState("");
  const [created, setCreated] = useState<CreatedRelayKey | null>(null);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setPending(true);
    setError("");
    const result = await request<CreatedRelayKey>("POST", "/api/v1/relay-keys", { body: { name } });
    setPending(false);
    if (!result.ok) return setError(t("relayKeys.create.error", { reason: reasonOf(result.failure) }));
    setCreated(result.data);
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
