"use client";
import { useId, useState, type FormEvent } from "react";
import { WorkFormFooter } from "@/components/ui/work-form-footer";
import { useT } from "@/lib/i18n/client";
import type { HearingType } from "@/lib/generated/prisma/enums";
import { fromLocalInput, wallClockHint } from "./local-time";
import { CheckedInput } from "./checked-input";
import { HearingTypeSelect } from "./hearing-type-select";
import { useLegalWrite } from "./use-legal-write";

const EMPTY = { court: "", scheduledAt: "", type: "MASTER_CALENDAR" as HearingType, judge: "" };

/** Schedules a hearing: court, date and time (the consulate's clock), type, judge. */
export const HearingForm = ({ caseId, timeZone }: { caseId: string; timeZone: string }) => {
  const { t, locale } = useT();
  const id = useId();
  const write = useLegalWrite();
  const [draft, setDraft] = useState(EMPTY);
  const [errors, setErrors] = useState<{ court?: string; scheduledAt?: string }>({});
  const [notice, setNotice] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    const scheduledAt = fromLocalInput(draft.scheduledAt, timeZone);
    const found = {
      ...(draft.court.trim() === "" && { court: t("caseWork.field.required") }),
      ...(!scheduledAt && { scheduledAt: t("caseWork.field.required") }),
    };
    setErrors(found);
    if (Object.keys(found).length > 0 || !scheduledAt) return;
    const result = await write.send("POST", `/api/v1/cases/${caseId}/hearings`, {
      court: draft.court.trim(),
      scheduledAt,
      type: draft.type,
      ...(draft.judge.trim() && { judge: draft.judge.trim() }),
    });
    if (!result.ok) return;
    setDraft(EMPTY);
    setNotice(t("legalPanel.hearing.added"));
  };

  return (
    <form className="work-form" noValidate onSubmit={(event) => void submit(event)} data-testid="hearing-form">
      <p className="work-form__title">{t("legalPanel.hearing.add")}</p>
      <div className="work-form__row">
        <CheckedInput
          id={`${id}-court`}
          label={t("legal.field.court")}
          value={draft.court}
          onChange={(value) => setDraft({ ...draft, court: value })}
          error={errors.court}
          maxLength={200}
        />
        <CheckedInput
          id={`${id}-at`}
          label={t("legal.field.scheduledAt")}
          value={draft.scheduledAt}
          onChange={(value) => setDraft({ ...draft, scheduledAt: value })}
          error={errors.scheduledAt}
          type="datetime-local"
          hint={wallClockHint({ value: draft.scheduledAt, timeZone, locale, t })}
        />
        <HearingTypeSelect id={`${id}-type`} value={draft.type} onChange={(type) => setDraft({ ...draft, type })} />
        <div className="field">
          <label htmlFor={`${id}-judge`}>{t("legal.field.judge")}</label>
          <input id={`${id}-judge`} value={draft.judge} maxLength={200} onChange={(event) => setDraft({ ...draft, judge: event.target.value })} />
        </div>
      </div>
      <WorkFormFooter submitLabel={t("legalPanel.hearing.submit")} pending={write.pending} notice={notice} error={write.error} testId="hearing-form-status" />
    </form>
  );
};
