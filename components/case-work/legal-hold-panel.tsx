"use client";
// A case's legal hold: who placed it, when and why, and the button that
// places (with a required reason) or lifts it, at the case version the page read.
import { useId, useState } from "react";
import { WorkFormFooter } from "@/components/ui/work-form-footer";
import { useT } from "@/lib/i18n/client";
import { formatDateTime } from "@/lib/i18n/format";
import type { LegalHoldView } from "@/lib/retention/legal-hold-view";
import { placeLegalHoldSchema } from "@/lib/retention/schema";
import { useCaseWrite } from "./use-case-write";
import { failureMessage } from "./write-failure";

const MAX = placeLegalHoldSchema.shape.reason.maxLength ?? undefined;

export const LegalHoldPanel = ({ hold: read, timeZone }: { hold: LegalHoldView; timeZone: string }) => {
  const { t, locale } = useT();
  const id = useId();
  const { send, pending } = useCaseWrite(read.caseId);
  // A write's answer is shown at once; the page's read wins again once it is as new
  // (a live refresh that started before the write may render an older case).
  const [written, setWritten] = useState<LegalHoldView | null>(null);
  const hold = written && written.version > read.version ? written : read;
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  if (hold.purged) return null;

  const place = async () => {
    if (pending) return;
    setError(null);
    if (!reason.trim()) return setFieldError(t("legalHold.reasonHint"));
    setFieldError(null);
    const result = await send<{ hold: LegalHoldView }>("legal-hold", { version: hold.version, reason }, "PUT");
    if (!result.ok) return setError(failureMessage(result.failure, { t }));
    setWritten(result.data.hold);
    setReason("");
    setOpen(false);
  };

  const lift = async () => {
    if (pending) return;
    setError(null);
    const result = await send<{ hold: LegalHoldView }>("legal-hold", { version: hold.version }, "DELETE");
    if (!result.ok) return setError(failureMessage(result.failure, { t }));
    setWritten(result.data.hold);
  };

  return (
    <section className="panel legal-hold" aria-labelledby={`${id}-heading`} data-testid="legal-hold" data-held={hold.held ? "true" : "false"}>
      <h2 id={`${id}-heading`} className="panel__title">
        {hold.held ? t("legalHold.title") : t("legalHold.place")}
      </h2>
      {hold.held ? (
        <>
          <p className="legal-hold__by">
            {t("legalHold.byAt", { name: hold.held.byName ?? "—", at: formatDateTime(hold.held.at, { locale, timeZone }) })}
          </p>
          <p className="legal-hold__reason">
            <strong>{t("legalHold.reason")}:</strong> {hold.held.reason}
          </p>
          <button type="button" className="button" disabled={pending} aria-busy={pending} onClick={() => void lift()}>
            {t("legalHold.lift")}
          </button>
          <div role="alert" className="form__error">
            {error}
          </div>
        </>
      ) : open ? (
        <form
          className="work-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void place();
          }}
        >
          <p className="muted">{t("legalHold.explain")}</p>
          <div className="field">
            <label htmlFor={`${id}-reason`}>{t("legalHold.reasonLabel")}</label>
            <textarea
              id={`${id}-reason`}
              rows={2}
              required
              maxLength={MAX}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              aria-invalid={fieldError ? true : undefined}
              aria-describedby={`${id}-hint ${id}-error`}
            />
            <p id={`${id}-hint`} className="field__hint">
              {t("legalHold.reasonHint")}
            </p>
            <p id={`${id}-error`} className="field__error">
              {fieldError}
            </p>
          </div>
          <WorkFormFooter submitLabel={t("legalHold.save")} pending={pending} notice={null} error={error} testId="legal-hold-status" />
          <button type="button" className="button button--quiet" onClick={() => setOpen(false)}>
            {t("legalHold.cancel")}
          </button>
        </form>
      ) : (
        <>
          <p className="muted">{t("legalHold.explain")}</p>
          <button type="button" className="button" onClick={() => setOpen(true)}>
            {t("legalHold.place")}
          </button>
        </>
      )}
    </section>
  );
};
