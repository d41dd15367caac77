"use client";
import { useEffect, useState } from "react";
import { request } from "@/lib/client/request";
import { useT } from "@/lib/i18n/client";
import { formatDateTime } from "@/lib/i18n/format";
import type { PushDevice } from "@/lib/notices/types";
import { browserLabel, currentPushSubscription, subscribeThisBrowser } from "./push-browser";

type State = "checking" | "unsupported" | "ready";

/** Web Push per device: this browser's opt-in, and the list of the user's devices with remove. */
export const PushDevices = ({ publicKey, devices: initial, timeZone }: { publicKey: string | null; devices: PushDevice[]; timeZone: string }) => {
  const { t, locale } = useT();
  const [devices, setDevices] = useState(initial);
  const [state, setState] = useState<State>("checking");
  const [endpoint, setEndpoint] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!publicKey) return;
    if (!("serviceWorker" in navigator) || !("PushManager" in window) || !("Notification" in window)) return setState("unsupported");
    void currentPushSubscription().then((subscription) => {
      setEndpoint(subscription?.endpoint ?? null);
      setState("ready");
    });
  }, [publicKey]);

  if (!publicKey) return <p className="muted">{t("profile.push.off")}</p>;

  const remove = async (device: PushDevice) => {
    setError(null);
    const result = await request("DELETE", `/api/v1/profile/push-subscriptions/${device.id}`);
    if (!result.ok && result.failure.kind !== "not_found") return setError(t("profile.saveFailed"));
    setDevices((current) => current.filter((d) => d.id !== device.id));
    if (device.endpoint === endpoint) {
      await (await currentPushSubscription())?.unsubscribe().catch(() => false);
      setEndpoint(null);
    }
  };

  const subscribe = async () => {
    setPending(true);
    setError(null);
    try {
      const outcome = await subscribeThisBrowser(publicKey);
      if (outcome === "denied") return setError(t("profile.push.denied"));
      const result = await request<{ device: PushDevice }>("POST", "/api/v1/profile/push-subscriptions", { body: { ...outcome.toJSON(), label: browserLabel(t("profile.push.unnamed")) } });
      if (!result.ok) {
        await outcome.unsubscribe().catch(() => false);
        return setError(t("profile.push.failed"));
      }
      setEndpoint(outcome.endpoint);
      setDevices((current) => [...current.filter((d) => d.id !== result.data.device.id), result.data.device]);
    } catch {
      setError(t("profile.push.failed"));
    } finally {
      setPending(false);
    }
  };

  const thisDevice = devices.find((d) => d.endpoint === endpoint);
  return (
    <div className="push-devices" data-testid="push-devices">
      {state === "unsupported" ? (
        <p className="muted">{t("profile.push.unsupported")}</p>
      ) : thisDevice ? (
        <div className="push-devices__this">
          <p>{t("profile.push.thisDevice")}</p>
          <button type="button" className="button" onClick={() => void remove(thisDevice)}>
            {t("profile.push.unsubscribe")}
          </button>
        </div>
      ) : (
        <button type="button" className="button button--primary" disabled={pending || state === "checking"} aria-busy={pending} onClick={() => void subscribe()}>
          {t("profile.push.subscribe")}
        </button>
      )}
      <div role="alert" className="form__error">
        {error}
      </div>
      <h3 className="push-devices__title">{t("profile.push.devices")}</h3>
      {devices.length === 0 ? (
        <p className="muted">{t("profile.push.noDevices")}</p>
      ) : (
        <ul className="push-devices__list">
          {devices.map((device) => {
            const label = device.label ?? t("profile.push.unnamed");
            return (
              <li key={device.id}>
                <span>
                  {t("profile.push.device", { label, since: formatDateTime(device.createdAt, { locale, timeZone }) })}
                  {device.endpoint === endpoint && <span className="muted"> · {t("profile.push.current")}</span>}
                </span>
                <button type="button" className="button button--quiet" aria-label={t("profile.push.removeLabel", { label })} onClick={() => void remove(device)}>
                  {t("profile.push.remove")}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
};
