"use client";
import { useEffect, useId, useState, type FormEvent } from "react";
import { useT } from "@/lib/i18n/client";
import type { HearingType } from "@/lib/generated/prisma/enums";
import type { Hearing } from "@/lib/legal-aid/types";
import { CheckedInput } from "./checked-input";
import { HearingTypeSelect } from "./hearing-type-select";
import type { useLegalWrite } from "./use-legal-write";

type HearingDetailsFormProps = { hearing: Hearing; write: ReturnType<typeof useLegalWrite>; path: string };

const detailsOf = (hearing: Hearing) => ({ court: hearing.court, type: hearing.type, judge: hearing.judge ?? "" });

/**
 * Corrects a hearing's court, type or judge (a notice that named the wrong
 * court, a judge assigned later). Sends only what changed, at the hearing's
 * version; a colleague's newer version resets the fields to it.
 */
export const HearingDetailsForm = ({ hearing, write, path }: HearingDetailsFormProps) => {
  const { t } = useT();
  const id = useId();
  const [draft, setDraft] = useState(() => detailsOf(hearing));
  const [courtError, setCourtError] = useState<string | undefined>();
  // Only a new version resets the fields: a live refresh of the page re-renders it with equal values.
  const { version, court, type, judge } = hearing;
  useEffect(() => {
    setDraft({ court, type, judge: judge ?? "" });
    setCourtError(undefined);
  }, [version, court, type, judge]);

  const saved = detailsOf(hearing);
  const changes = {
    ...(draft.court.trim() !== saved.court && { court: draft.court.trim() }),
    ...(draft.type !== saved.type && { type: draft.type }),
    ...(draft.judge.trim() !== saved.judge && { judge: draft.judge.trim() || null }),
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const missing = draft.court.trim() === "" ? t("caseWork.field.required") : undefined;
    setCourtError(missing);
    if (missing || Object.keys(changes).length === 0) return;
    void write.send("PATCH", path, { version: hearing.version, ...changes });
  };

  return (
    <details className="hearing-details" data-testid="hearing-details">
      <summary>{t("legalPanel.hearing.edit")}</summary>
      <form className="work-form__row" noValidate onSubmit={submit}>
        <CheckedInput
          id={`${id}-court`}
          label={t("legal.field.court")}
          value={draft.court}
          onChange={(court) => setDraft({ ...draft, court })}
          error={courtError}
          maxLength={200}
        />
        <HearingTypeSelect id={`${id}-type`} value={draft.type} onChange={(type: HearingType) => setDraft({ ...draft, type })} />
        <div className="field">
          <label htmlFor={`${id}-judge`}>{t("legal.field.judge")}</label>
          <input id={`${id}-judge`} value={draft.judge} maxLength={200} onChange={(event) => setDraft({ ...draft, judge: event.target.value })} />
        </div>
        <button type="submit" className="button button--quiet button--small" disabled={write.pending || Object.keys(changes).length === 0}>
          {t("legalPanel.hearing.saveDetails")}
        </button>
      </form>
    </details>
  );
};
