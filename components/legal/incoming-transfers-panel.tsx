"use client";
import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { request } from "@/lib/client/request";
import { useT } from "@/lib/i18n/client";
import { formatDateTime } from "@/lib/i18n/format";
import type { IncomingTransfer } from "@/lib/legal-aid/types";
import { legalFailureMessage } from "./legal-failure";
import { TransferDeclineDialog } from "./transfer-decline-dialog";

type IncomingTransfersPanelProps = { initial: IncomingTransfer[]; tick: number; timeZone: string };

/**
 * Transfers another consulate asked this one to take. Until the answer only
 * the request is visible; an accept makes the case this consulate's.
 */
export const IncomingTransfersPanel = ({ initial, tick, timeZone }: IncomingTransfersPanelProps) => {
  const { t, locale } = useT();
  const [transfers, setTransfers] = useState(initial);
  const [declining, setDeclining] = useState<IncomingTransfer | null>(null);
  const [pending, setPending] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<{ text: string; caseId: string | null } | null>(null);
  const firstTick = useRef(tick);

  const reload = async () => {
    const result = await request<{ transfers: IncomingTransfer[] }>("GET", "/api/v1/transfers/incoming");
    if (result.ok) setTransfers(result.data.transfers);
  };

  useEffect(() => {
    if (tick !== firstTick.current) void reload();
  }, [tick]);

  const decide = async (transfer: IncomingTransfer, decision: { accept: true } | { accept: false; reason: string }) => {
    setPending(transfer.id);
    setError(null);
    const path = `/api/v1/transfers/${transfer.id}/${decision.accept ? "accept" : "decline"}`;
    const result = await request<{ caseId: string }>("POST", path, { body: decision.accept ? {} : { reason: decision.reason } });
    setPending(null);
    if (!result.ok) return setError(legalFailureMessage(result.failure, t));
    setDeclining(null);
    setDone(
      decision.accept
        ? { text: t("legalDesk.transfer.accepted", { number: transfer.caseNumber }), caseId: transfer.caseId }
        : { text: t("legalDesk.transfer.declined", { number: transfer.caseNumber }), caseId: null },
    );
    void reload();
  };

  if (transfers.length === 0 && !done) return null;
  return (
    <section className="panel transfers" aria-labelledby="transfers-heading" data-testid="incoming-transfers">
      <h2 id="transfers-heading" className="panel__title">
        {t("legalDesk.transfer.incomingTitle", { count: transfers.length })}
      </h2>
      <p className="work-status" role="status">
        {done?.text}{" "}
        {done?.caseId && (
          <Link href={`/cases/${done.caseId}`} prefetch={false}>
            {t("legalDesk.transfer.open")}
          </Link>
        )}
      </p>
      {!declining && error && (
        <p role="alert" className="form__error">
          {error}
        </p>
      )}
      <ul className="work-log">
        {transfers.map((transfer) => (
          <li key={transfer.id} className="work-log__item" data-testid="incoming-transfer" data-case-number={transfer.caseNumber}>
            <p className="work-log__head">
              <strong>{transfer.caseNumber}</strong> · {transfer.personName ?? t("case.person.removed")} ·{" "}
              {t("legalDesk.transfer.from", { code: transfer.fromConsulate.code, name: transfer.fromConsulate.name })}
            </p>
            {transfer.facility && <p className="work-log__body">{transfer.facility.name}</p>}
            <p className="work-log__body">{t("legalDesk.transfer.reason", { reason: transfer.reason })}</p>
            <p className="work-log__meta">
              <time dateTime={transfer.requestedAt}>{formatDateTime(transfer.requestedAt, { locale, timeZone })}</time>
            </p>
            <div className="work-form__footer">
              <button type="button" className="button button--primary button--small" disabled={pending !== null} onClick={() => void decide(transfer, { accept: true })}>
                {pending === transfer.id ? t("caseWork.pending") : t("legalDesk.transfer.accept")}
              </button>
              <button type="button" className="button button--quiet button--small" disabled={pending !== null} onClick={() => setDeclining(transfer)}>
                {t("legalDesk.transfer.decline")}
              </button>
            </div>
          </li>
        ))}
      </ul>
      {declining && (
        <TransferDeclineDialog
          caseNumber={declining.caseNumber}
          error={error}
          pending={pending !== null}
          onSubmit={(reason) => void decide(declining, { accept: false, reason })}
          onCancel={() => {
            setDeclining(null);
            setError(null);
          }}
        />
      )}
    </section>
  );
};
