"use client";
import { useT } from "@/lib/i18n/client";
import { Icon } from "@/components/ui/icon";
import type { NoticesState } from "./use-alert-notices";

type NoticesToggleProps = { state: NoticesState; onEnable: () => void; onDisable: () => void };

export const NoticesToggle = ({ state, onEnable, onDisable }: NoticesToggleProps) => {
  const { t } = useT();
  const on = state !== "off";
  return (
    <div className="notices-toggle">
      <button
        type="button"
        className={on ? "button button--quiet button--small" : "button button--primary button--small"}
        aria-pressed={on}
        title={t("queue.notices.hint")}
        onClick={on ? onDisable : onEnable}
        data-testid="notices-toggle"
      >
        <Icon name={on ? "bell" : "bellOff"} />
        {on ? t("queue.notices.disable") : t("queue.notices.enable")}
      </button>
      {on && (
        <span className="notices-toggle__state" data-state={state}>
          {state === "on" ? t("queue.notices.on") : t("queue.notices.soundOnly")}
        </span>
      )}
    </div>
  );
};

