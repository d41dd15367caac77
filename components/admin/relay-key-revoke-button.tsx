"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useT } from "@/lib/i18n/client";

export const RelayKeyRevokeButton = ({ id }: { id: string }) => {
  const { t } = useT();
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [failed, setFailed] = useState(false);

  const revoke = async () => {
    if (!window.confirm(t("relayKeys.revoke.confirm", { id }))) return;
    setPending(true);
    const response = await fetch(`/api/v1/relay-keys/${encodeURIComponent(id)}`, { method: "DELETE" }).catch(() => null);
    setPending(false);
    setFailed(!response?.ok);
    if (response?.ok) router.refresh();
  };

  return (
    <>
      <button type="button" className="button button--danger" disabled={pending} onClick={() => void revoke()}>
        {t("relayKeys.revoke")}
      </button>
      {failed ? <span role="alert">{t("relayKeys.revoke.error")}</span> : null}
    </>
  );
};
