"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { request } from "@/lib/client/request";
import { useT } from "@/lib/i18n/client";

export const RelayKeyRevokeButton = ({ id }: { id: string }) => {
  const { t } = useT();
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [failed, setFailed] = useState(false);

  const revoke = async () => {
    if (!window.confirm(t("relayKeys.revoke.confirm", { id }))) return;
    setPending(true);
    const result = await request("DELETE", `/api/v1/relay-keys/${encodeURIComponent(id)}`);
    setPending(false);
    setFailed(!result.ok);
    if (result.ok) router.refresh();
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
