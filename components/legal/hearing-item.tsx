"use client";
import { useEffect, useId, useState } from "react";
import { useT } from "@/lib/i18n/client";
import { formatDateTime } from "@/lib/i18n/format";
import { HearingResult } from "@/lib/generated/prisma/enums";
import type { Hearing } from "@/lib/legal-aid/types";
import { HearingDetailsForm } from "./hearing-details-form";
import { fromLocalInput, toLocalInput, wallClockHint } from "./local-time";
import { useLegalWrite } from "./use-legal-write";

type HearingItemProps = { caseId: string; hearing: Hearing; timeZone: string; writable: boolean };

/** One hearing: when, where, what; its result, a new date, or its cancellation, each at the hearing's version. */
export const HearingItem = ({ caseId, hearing, timeZone, writable }: HearingItemProps) => {
  const { t, locale } = useT();
  const id = useId();
  const write = useLegalWrite();
  const [result, setResult] = useState<string>(hearing.result ?? "");
  const [when, setWhen] = useState(() => toLocalInput(hearing.scheduledAt, timeZone));
  // A newer version (this user's save, or a colleague's) resets the inputs to it; an error stays until the next try.
  useEffect(() => {
    setResult(hearing.result ?? "");
    setWhen(toLocalInput(hearing.scheduledAt, timeZone));
  }, [hearing.version, hearing.result, hearing.scheduledAt, timeZone]);
  const path = `/api/v1/cases/${caseId}/hearings/${hearing.id}`;
  const patch = (body: object) => void write.send("PATCH", path, { version: hearing.version, ...body });
  const open = !hearing.cancelledAt;
  return (
    <li className="work-log__item" data-testid="hearing" data-hearing-id={hearing.id}>
      <p className="work-log__head">
        <strong>{t(`legal.hearingType.${hearing.type}`)}</strong> · {hearing.court}
        {hearing.cancelledAt && <span className="state-tag state-tag--bad"> {t("legal.field.cancelledAt")}</span>}
        {hearing.result && <span className="state-tag state-tag--ok"> {t(`legal.hearingResult.${hearing.result}`)}</span>}
      </p>
      <p className="work-log__meta">
        <time dateTime={hearing.scheduledAt}>{formatDateTime(hearing.scheduledAt, { locale, timeZone })}</time>
        {hearing.judge && ` · ${t("legalPanel.hearing.judge", { name: hearing.judge })}`}
      </p>
      {writable && open && (
        <div className="item-actions">
          <div className="field">
            <label htmlFor={`${id}-result`}>{t("legal.field.result")}</label>
            <select id={`${id}-result`} value={result} onChange={(event) => setResult(event.target.value)}>
              <option value="">{t("legalPanel.unset")}</option>
              {Object.values(HearingResult).map((value) => (
                <option key={value} value={value}>
                  {t(`legal.hearingResult.${value}`)}
                </option>
              ))}
            </select>
          </div>
          <button type="button" className="button button--quiet button--small" disabled={write.pending || result === (hearing.result ?? "")} onClick={() => patch({ result: result || null })}>
            {t("legalPanel.hearing.saveResult")}
          </button>
          <div className="field">
            <label htmlFor={`${id}-when`}>{t("legalPanel.hearing.reschedule")}</label>
            <p id={`${id}-zone`} className="field__hint">
              {wallClockHint({ value: when, timeZone, locale, t })}
            </p>
            <input id={`${id}-when`} type="datetime-local" value={when} aria-describedby={`${id}-zone`} onChange={(event) => setWhen(event.target.value)} />
          </div>
          <button
            type="button"
            className="button button--quiet button--small"
            disabled={write.pending || !fromLocalInput(when, timeZone) || fromLocalInput(when, timeZone) === hearing.scheduledAt}
            onClick={() => patch({ scheduledAt: fromLocalInput(when, timeZone) })}
          >
            {t("legalPanel.hearing.saveDate")}
          </button>
          <button type="button" className="button button--quiet button--small" disabled={write.pending} onClick={() => patch({ cancelled: true })}>
            {t("legalPanel.hearing.cancel")}
          </button>
        </div>
      )}
      {writable && open && <HearingDetailsForm hearing={hearing} write={write} path={path} />}
      <div role="alert" className="form__error">
        {write.error}
      </div>
    </li>
  );
};
