"use client";
import { useEffect, useId, useState, type FormEvent } from "react";
import { useT } from "@/lib/i18n/client";
import { BondStatus, CustodyStatus } from "@/lib/generated/prisma/enums";
import type { Facility, LegalDetail, Worker } from "@/lib/legal-aid/types";
import { DocumentsFieldset } from "./documents-fieldset";
import { FacilityField } from "./facility-field";
import { draftToPatch, toDraft, type DraftErrors, type RecordDraft } from "./legal-record-draft";
import { A_NUMBER_REFUSALS, isANumberFormat, legalFailureMessage } from "./legal-failure";
import { useLegalWrite } from "./use-legal-write";
import { calendarDateHint } from "./local-time";

type LegalRecordPanelProps = { caseId: string; detail: LegalDetail; facilities: readonly Facility[]; workers: readonly Worker[] };

type Base = { version: number; draft: RecordDraft };

const baseOf = (detail: LegalDetail): Base => ({ version: detail.recordVersion, draft: toDraft(detail.record, detail.aNumber) });
const same = (a: RecordDraft, b: RecordDraft) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The legal record as one form. It saves the fields the user changed, at
 * the version it was opened on: a colleague's save in between is a 409 that
 * keeps the user's edits on screen, with a way to load the current record.
 */
export const LegalRecordPanel = ({ caseId, detail, facilities, workers }: LegalRecordPanelProps) => {
  const { t, locale } = useT();
  const id = useId();
  const write = useLegalWrite();
  const [base, setBase] = useState(() => baseOf(detail));
  const [draft, setDraft] = useState(base.draft);
  const [errors, setErrors] = useState<DraftErrors>({});
  const [notice, setNotice] = useState<string | null>(null);
  const dirty = !same(draft, base.draft);
  const stale = write.failure?.kind === "conflict" && write.failure.reason === "stale_version";

  // A newer record arrived (a colleague's save, a live refresh) while nothing was being edited: show it.
  useEffect(() => {
    if (detail.recordVersion === base.version || dirty) return;
    const next = baseOf(detail);
    setBase(next);
    setDraft(next.draft);
  }, [detail, base.version, dirty]);

  const set = <K extends keyof RecordDraft>(key: K, value: RecordDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const loadCurrent = () => {
    const next = baseOf(detail);
    setBase(next);
    setDraft(next.draft);
    write.clearError();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    const { patch, errors: found } = draftToPatch(base.draft, draft);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    if (Object.keys(patch).length === 0) return setNotice(t("legalPanel.record.unchanged"));
    const result = await write.send<{ legal: LegalDetail }>("PATCH", `/api/v1/cases/${caseId}/legal`, { version: base.version, ...patch });
    if (!result.ok) return;
    const next = baseOf(result.data.legal);
    setBase(next);
    setDraft(next.draft);
    setNotice(t("legalPanel.record.saved"));
  };

  const aNumberError =
    errors.aNumber || isANumberFormat(write.failure)
      ? t("legal.error.a_number_format")
      : write.failure?.kind === "conflict" && A_NUMBER_REFUSALS.has(write.failure.reason)
        ? legalFailureMessage(write.failure, t)
        : null;
  const legalStaff = workers.filter((w) => w.role === "LEGAL_AID");

  return (
    <section className="panel" aria-labelledby={`${id}-title`} data-testid="legal-record">
      <h2 id={`${id}-title`} className="panel__title">
        {t("legalPanel.record.title")}
      </h2>
      <form className="form legal-panel" noValidate onSubmit={(event) => void submit(event)}>
        <fieldset disabled={!detail.writable}>
          <legend>{t("legalPanel.record.person")}</legend>
          <div className="work-form__row">
            <div className="field">
              <label htmlFor={`${id}-a`}>{t("legal.field.aNumber")}</label>
              <input
                id={`${id}-a`}
                className="mono"
                value={draft.aNumber}
                inputMode="numeric"
                autoComplete="off"
                placeholder="A123-456-789"
                onChange={(event) => set("aNumber", event.target.value)}
                aria-invalid={aNumberError ? true : undefined}
                aria-describedby={`${id}-a-hint ${id}-a-error`}
                data-testid="a-number"
              />
              <p id={`${id}-a-hint`} className="field__hint">
                {t("legalPanel.aNumber.hint")}
              </p>
              <p id={`${id}-a-error`} className="field__error" data-testid="a-number-error">
                {aNumberError}
              </p>
            </div>
            <div className="field">
              <label htmlFor={`${id}-detained`}>{t("legal.field.detainedOn")}</label>
              <input
                id={`${id}-detained`}
                type="date"
                value={draft.detainedOn}
                aria-describedby={`${id}-detained-hint`}
                onChange={(event) => set("detainedOn", event.target.value)}
              />
              {/* The browser draws the input in its own language; this says the date in the page's. */}
              <p id={`${id}-detained-hint`} className="field__hint" data-testid="detained-on-hint">
                {calendarDateHint(draft.detainedOn, locale)}
              </p>
            </div>
            <div className="field">
              <label htmlFor={`${id}-custody`}>{t("legal.field.custodyStatus")}</label>
              <select id={`${id}-custody`} value={draft.custodyStatus} onChange={(event) => set("custodyStatus", event.target.value)} data-testid="custody">
                <option value="">{t("legalPanel.unset")}</option>
                {Object.values(CustodyStatus).map((value) => (
                  <option key={value} value={value}>
                    {t(`legal.custody.${value}`)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <FacilityField
            facilities={facilities}
            mode={draft.facilityMode}
            facilityId={draft.facilityId}
            facilityOther={draft.facilityOther}
            onChange={({ mode, facilityId, facilityOther }) => setDraft((d) => ({ ...d, facilityMode: mode, facilityId, facilityOther }))}
          />
        </fieldset>
        <fieldset disabled={!detail.writable}>
          <legend>{t("legalPanel.record.defense")}</legend>
          <div className="work-form__row">
            <div className="field">
              <label htmlFor={`${id}-bond`}>{t("legalPanel.bondAmount")}</label>
              <input
                id={`${id}-bond`}
                inputMode="decimal"
                value={draft.bondAmount}
                onChange={(event) => set("bondAmount", event.target.value)}
                aria-invalid={errors.bondAmount ? true : undefined}
                aria-describedby={`${id}-bond-error`}
              />
              <p id={`${id}-bond-error`} className="field__error">
                {errors.bondAmount ? t("legalPanel.bondAmount.invalid") : null}
              </p>
            </div>
            <div className="field">
              <label htmlFor={`${id}-bondStatus`}>{t("legal.field.bondStatus")}</label>
              <select id={`${id}-bondStatus`} value={draft.bondStatus} onChange={(event) => set("bondStatus", event.target.value)}>
                <option value="">{t("legalPanel.unset")}</option>
                {Object.values(BondStatus).map((value) => (
                  <option key={value} value={value}>
                    {t(`legal.bond.${value}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${id}-lawyer`}>{t("legal.field.lawyerName")}</label>
              <input id={`${id}-lawyer`} value={draft.lawyerName} maxLength={200} onChange={(event) => set("lawyerName", event.target.value)} />
            </div>
            <div className="field">
              <label htmlFor={`${id}-lawyerPhone`}>{t("legal.field.lawyerPhone")}</label>
              <input id={`${id}-lawyerPhone`} type="tel" value={draft.lawyerPhone} maxLength={40} onChange={(event) => set("lawyerPhone", event.target.value)} />
            </div>
            <div className="field">
              <label htmlFor={`${id}-partner`}>{t("legal.field.partnerOrg")}</label>
              <input id={`${id}-partner`} value={draft.partnerOrg} maxLength={200} onChange={(event) => set("partnerOrg", event.target.value)} />
            </div>
            <div className="field">
              <label htmlFor={`${id}-assignee`}>{t("legal.field.assignee")}</label>
              <select id={`${id}-assignee`} value={draft.assigneeId} onChange={(event) => set("assigneeId", event.target.value)} data-testid="legal-assignee-select">
                <option value="">{t("queue.owner.none")}</option>
                {legalStaff.map((w) => (
                  <option key={w.id} value={w.id}>
                    {w.name}
                  </option>
                ))}
              </select>
            </div>
          </div>
        </fieldset>
        <DocumentsFieldset disabled={!detail.writable} documents={draft.documents} onChange={(documents) => set("documents", documents)} />
        {detail.writable && (
          <div className="work-form__footer">
            <button type="submit" className="button button--primary" disabled={write.pending || !dirty} aria-busy={write.pending} data-testid="legal-record-save">
              {write.pending ? t("caseWork.pending") : t("legalPanel.record.save")}
            </button>
            {dirty && (
              <button type="button" className="button button--quiet" onClick={loadCurrent}>
                {t("legalPanel.record.discard")}
              </button>
            )}
            <p role="status" className="work-status" data-testid="legal-record-status">
              {notice}
            </p>
          </div>
        )}
        <div role="alert" className="form__error" data-testid="legal-record-error">
          {write.error}
          {stale && (
            <button type="button" className="link-button" onClick={loadCurrent}>
              {t("legalPanel.record.loadCurrent")}
            </button>
          )}
        </div>
      </form>
    </section>
  );
};
