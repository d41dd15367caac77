"use client";
import { useCallback, useEffect, useState } from "react";
import { request } from "@/lib/client/request";
import { useLiveSocket } from "@/lib/client/use-live-socket";
import { ROSTER_CHANGED } from "@/lib/duty/events";
import type { OnDutyBoard } from "@/lib/duty/types";
import { Icon } from "@/components/ui/icon";
import { useT } from "@/lib/i18n/client";

const REFRESH_MS = 60_000;

/**
 * Who is on duty now, in the queue's header: the names at an officer's
 * consulate; for a supervisor, each consulate of the region with how many,
 * names on hover. Read every minute (shifts start and end on the clock) and
 * at once when a roster changes. Nobody on duty is a warning, not a blank.
 */
export const OnDutyNow = () => {
  const { t } = useT();
  const [board, setBoard] = useState<OnDutyBoard | null>(null);
  const [failed, setFailed] = useState(false);

  const load = useCallback(async () => {
    const result = await request<OnDutyBoard>("GET", "/api/v1/roster/on-duty");
    setFailed(!result.ok);
    if (result.ok) setBoard(result.data);
  }, []);

  useEffect(() => {
    void load();
    const timer = setInterval(() => void load(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [load]);

  useLiveSocket({
    onConnect: (_socket, reconnected) => {
      if (reconnected) void load();
    },
    listen: (on) => on(ROSTER_CHANGED, () => void load()),
  });

  if (!board) return failed ? <p className="on-duty on-duty--unknown" data-testid="on-duty">{t("queue.onDuty.failed")}</p> : null;
  const consulates = board.consulates;
  const nobody = consulates.length === 0 || consulates.every((c) => c.people.length === 0);
  if (consulates.length <= 1) {
    const people = consulates[0]?.people ?? [];
    const names = people.map((p) => p.name).join(", ");
    return (
      <p
        className={`on-duty${nobody ? " on-duty--none" : ""}`}
        data-testid="on-duty"
        data-state={nobody ? "none" : "some"}
        title={nobody ? undefined : `${t("queue.onDuty.label")}: ${names}`}
      >
        <Icon name={nobody ? "alert" : "clock"} />
        <span className={nobody ? "on-duty__label" : "on-duty__label queue__tool-label"}>
          {nobody ? t("queue.onDuty.none") : `${t("queue.onDuty.label")}:`}
        </span>
        {nobody ? null : <span className="on-duty__names">{names}</span>}
      </p>
    );
  }
  // A supervisor: one compact entry per consulate, names in its title; an empty one stands out.
  const uncovered = consulates.filter((c) => c.people.length === 0);
  return (
    <p className={`on-duty${uncovered.length ? " on-duty--gap" : ""}${nobody ? " on-duty--none" : ""}`} data-testid="on-duty" data-state={nobody ? "none" : uncovered.length ? "gap" : "some"}>
      <Icon name={nobody ? "alert" : "clock"} />
      <span className={nobody ? "on-duty__label" : "on-duty__label queue__tool-label"}>
        {nobody ? t("queue.onDuty.none") : `${t("queue.onDuty.label")}:`}
      </span>
      <span className="on-duty__names">
        {consulates.map((c) => (
          <span
            key={c.code}
            className={`on-duty__consulate${c.people.length ? "" : " on-duty__consulate--none"}`}
            title={c.people.length ? `${c.code}: ${c.people.map((p) => p.name).join(", ")}` : t("queue.onDuty.noneAt", { code: c.code })}
            data-code={c.code}
          >
            {t("queue.onDuty.count", { code: c.code, count: c.people.length })}
          </span>
        ))}
      </span>
    </p>
  );
};
