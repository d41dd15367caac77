"use client";
// The chosen county: its consulate and history, and the reassignment form
// (another consulate, a reason, and whether its open cases go too).
import { useEffect, useRef, useState, type FormEvent } from "react";
import { request, type RequestFailure } from "@/lib/client/request";
import { useT } from "@/lib/i18n/client";
import { formatDateTime } from "@/lib/i18n/format";
import type { ConsulateOption, CountyRow, JurisdictionChangeRow } from "@/lib/consulates/types";

type Props = {
  county: CountyRow;
  consulates: ConsulateOption[];
  timeZone: string;
  /** Focus the heading when chosen from the list (the keyboard's path continues here). */
  focusOnShow: boolean;
  onReassigned: (county: CountyRow) => void;
};

type Reassigned = { changeId: string; fromCode: string; toCode: string; movedOpenCases: number };

const KNOWN = new Set(["required", "same_consulate", "unknown_consulate"]);
const reasonOf = (failure: RequestFailure) => (failure.kind === "invalid" && KNOWN.has(failure.issues[0]?.message) ? failure.issues[0].message : "failed");

export const JurisdictionCountyPanel = ({ county, consulates, timeZone, focusOnShow, onReassigned }: Props) => {
  const { t, locale } = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  const [history, setHistory] = useState<JurisdictionChangeRow[] | null>(null);
  const [to, setTo] = useState("");
  const [reason, setReason] = useState("");
  const [move, setMove] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState("");
  const [done, setDone] = useState("");
  const [reload, setReload] = useState(0);

  useEffect(() => {
    if (focusOnShow) heading.current?.focus();
  }, [county.fips, focusOnShow]);

  useEffect(() => {
    const controller = new AbortController();
    setHistory(null);
    void request<{ changes: JurisdictionChangeRow[] }>("GET", `/api/v1/admin/jurisdictions/${county.fips}`, { signal: controller.signal }).then((result) => {
      if (result.ok) setHistory(result.data.changes);
    });
    return () => controller.abort();
  }, [county.fips, reload]);

  const name = t("jurisdictions.county", { name: county.name, state: county.state });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setPending(true);
    setError("");
    setDone("");
    const result = await request<Reassigned>("PATCH", `/api/v1/admin/jurisdictions/${county.fips}`, { body: { consulateId: to, reason, moveOpenCases: move } });
    setPending(false);
    if (!result.ok) return setError(t("jurisdictions.panel.error", { reason: t(`jurisdictions.issue.${reasonOf(result.failure)}` as "jurisdictions.issue.failed") }));
    setDone(t("jurisdictions.panel.done", { county: name, code: result.data.toCode, moved: result.data.movedOpenCases }));
    setTo("");
    setReason("");
    setMove(false);
    setReload((n) => n + 1);
    onReassigned({ ...county, consulateId: to, consulateCode: result.data.toCode, reassignedAt: new Date().toISOString() });
  };

  return (
    <section className="panel jurisdiction-panel" aria-labelledby="county-heading" data-testid="county-panel">
      <h2 id="county-heading" ref={heading} tabIndex={-1} className="panel__title">
        {name}
      </h2>
      <p className="jurisdiction-panel__meta">
        {t("jurisdictions.panel.fips", { fips: county.fips })} · <strong data-testid="county-consulate">{t("jurisdictions.panel.current", { code: county.consulateCode })}</strong>
      </p>
      <form className="form" onSubmit={(event) => void onSubmit(event)}>
        <div className="field">
          <label htmlFor="county-to">{t("jurisdictions.panel.to")}</label>
          <select id="county-to" required value={to} onChange={(e) => setTo(e.target.value)}>
            <option value="">{t("jurisdictions.panel.pick")}</option>
            {consulates
              .filter((c) => c.id !== county.consulateId)
              .map((c) => (
                <option key={c.id} value={c.id}>
                  {c.code} · {c.name}
                </option>
              ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="county-reason">{t("jurisdictions.panel.reason")}</label>
          <textarea id="county-reason" required maxLength={500} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} aria-describedby="county-error" />
        </div>
        <div className="field field--check">
          <label htmlFor="county-move">
            <input id="county-move" type="checkbox" checked={move} onChange={(e) => setMove(e.target.checked)} aria-describedby="county-move-hint" /> {t("jurisdictions.panel.move")}
          </label>
          <span id="county-move-hint" className="field__hint">
            {t("jurisdictions.panel.moveHint")}
          </span>
        </div>
        <button type="submit" className="button button--primary" disabled={pending}>
          {pending ? t("jurisdictions.panel.submitting") : t("jurisdictions.panel.submit")}
        </button>
        <div id="county-error" role="alert" className="form__error">
          {error}
        </div>
        <p role="status" className="jurisdiction-panel__done" data-testid="county-status">
          {done}
        </p>
      </form>
      <h3 className="panel__subtitle">{t("jurisdictions.history.title")}</h3>
      {history === null ? (
        <p>{t("jurisdictions.history.loading")}</p>
      ) : history.length === 0 ? (
        <p>{t("jurisdictions.history.empty")}</p>
      ) : (
        <ol className="consulate-history" data-testid="county-history">
          {history.map((h) => (
            <li key={h.id} className="consulate-history__entry">
              <p className="consulate-history__meta">
                {t("jurisdictions.history.entry", {
                  from: h.fromCode,
                  to: h.toCode,
                  who: h.changedByName ?? t("consulates.history.unknown"),
                  when: formatDateTime(h.changedAt, { locale, timeZone }),
                })}
              </p>
              <p>{t("jurisdictions.history.reason", { reason: h.reason })}</p>
              <p>{t("jurisdictions.history.moved", { count: h.movedOpenCases })}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
};
