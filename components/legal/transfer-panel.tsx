"use client";
import { useState } from "react";
import { useT } from "@/lib/i18n/client";
import { formatDateTime } from "@/lib/i18n/format";
import type { LegalDetail } from "@/lib/legal-aid/types";
import { TransferRequestDialog } from "./transfer-request-dialog";
import { useLegalWrite } from "./use-legal-write";

type TransferPanelProps = { caseId: string; consulateCode: string; detail: LegalDetail; timeZone: string };

/**
 * Transfers of the case: a suggestion when the facility lies in another
 * consulate's jurisdiction, the request dialog, and the history.
 */
export const TransferPanel = ({ caseId, consulateCode, detail, timeZone }: TransferPanelProps) => {
  const { t, locale } = useT();
  const write = useLegalWrite();
  const [open, setOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const suggestion = detail.transferSuggestion;
  const pending = detail.transfers.find((transfer) => transfer.status === "PENDING");

  const request = async (body: { toConsulateCode: string; reason: string }) => {
    const result = await write.send("POST", `/api/v1/cases/${caseId}/transfers`, body);
    if (!result.ok) return;
    setOpen(false);
    setNotice(t("legalPanel.transfer.requested", { code: body.toConsulateCode }));
  };

  if (!detail.writable && detail.transfers.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="transfer-heading" data-testid="transfers">
      <h2 id="transfer-heading" className="panel__title">
        {t("legalPanel.transfer.title")}
      </h2>
      {suggestion && detail.writable && (
        <div className="suggestion-banner" data-testid="transfer-suggestion">
          <p>
            {t("legalPanel.transfer.suggestion", {
              facility: suggestion.facilityName,
              county: suggestion.countyName,
              code: suggestion.toConsulateCode,
              name: suggestion.toConsulateName,
            })}
          </p>
          <button type="button" className="button button--primary button--small" onClick={() => setOpen(true)}>
            {t("legalPanel.transfer.requestTo", { code: suggestion.toConsulateCode })}
          </button>
        </div>
      )}
      {pending && <p className="work-notice">{t("legalPanel.transfer.pending", { code: pending.to })}</p>}
      {detail.writable && !pending && !suggestion && (
        <button type="button" className="button button--quiet button--small" onClick={() => setOpen(true)}>
          {t("legalPanel.transfer.request")}
        </button>
      )}
      <p role="status" className="work-status">
        {notice}
      </p>
      {detail.transfers.length > 0 && (
        <ul className="work-log">
          {detail.transfers.map((transfer) => (
            <li key={transfer.id} className="work-log__item" data-testid="transfer">
              <p className="work-log__head">
                <strong>
                  {transfer.from} → {transfer.to}
                </strong>{" "}
                <span className="state-tag">{t(`legal.transferStatus.${transfer.status}`)}</span>
              </p>
              <p className="work-log__body">{t("legalDesk.transfer.reason", { reason: transfer.reason })}</p>
              {transfer.declineReason && <p className="work-log__body">{t("legalPanel.transfer.declineReason", { reason: transfer.declineReason })}</p>}
              <p className="work-log__meta">
                <time dateTime={transfer.requestedAt}>{formatDateTime(transfer.requestedAt, { locale, timeZone })}</time>
              </p>
            </li>
          ))}
        </ul>
      )}
      {open && (
        <TransferRequestDialog
          currentCode={consulateCode}
          suggestedCode={suggestion?.toConsulateCode ?? null}
          error={write.error}
          pending={write.pending}
          onSubmit={(body) => void request(body)}
          onCancel={() => setOpen(false)}
        />
      )}
    </section>
  );
};
