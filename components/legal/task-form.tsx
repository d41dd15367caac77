"use client";
import { useId, useState, type FormEvent } from "react";
import { WorkFormFooter } from "@/components/ui/work-form-footer";
import { useT } from "@/lib/i18n/client";
import type { Worker } from "@/lib/legal-aid/types";
import { fromLocalInput, wallClockHint } from "./local-time";
import { CheckedInput } from "./checked-input";
import { useLegalWrite } from "./use-legal-write";

type TaskFormProps = { caseId: string; workers: readonly Worker[]; userId: string; timeZone: string };

/** Adds a task: what, by when, and who (the author unless another is chosen). */
export const TaskForm = ({ caseId, workers, userId, timeZone }: TaskFormProps) => {
  const { t, locale } = useT();
  const id = useId();
  const write = useLegalWrite();
  const empty = { title: "", dueAt: "", ownerId: workers.some((w) => w.id === userId) ? userId : "" };
  const [draft, setDraft] = useState(empty);
  const [errors, setErrors] = useState<{ title?: string; dueAt?: string }>({});
  const [notice, setNotice] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    const dueAt = fromLocalInput(draft.dueAt, timeZone);
    const found = {
      ...(draft.title.trim() === "" && { title: t("caseWork.field.required") }),
      ...(!dueAt && { dueAt: t("caseWork.field.required") }),
    };
    setErrors(found);
    if (Object.keys(found).length > 0 || !dueAt) return;
    const result = await write.send("POST", `/api/v1/cases/${caseId}/tasks`, {
      title: draft.title.trim(),
      dueAt,
      ...(draft.ownerId && { ownerId: draft.ownerId }),
    });
    if (!result.ok) return;
    setDraft(empty);
    setNotice(t("legalPanel.task.added"));
  };

  return (
    <form className="work-form" noValidate onSubmit={(event) => void submit(event)} data-testid="task-form">
      <p className="work-form__title">{t("legalPanel.task.add")}</p>
      <div className="work-form__row">
        <CheckedInput
          id={`${id}-title`}
          label={t("legal.field.title")}
          value={draft.title}
          onChange={(value) => setDraft({ ...draft, title: value })}
          error={errors.title}
          maxLength={300}
        />
        <CheckedInput
          id={`${id}-due`}
          label={t("legal.field.dueAt")}
          value={draft.dueAt}
          onChange={(value) => setDraft({ ...draft, dueAt: value })}
          error={errors.dueAt}
          type="datetime-local"
          hint={wallClockHint({ value: draft.dueAt, timeZone, locale, t })}
        />
        <div className="field">
          <label htmlFor={`${id}-owner`}>{t("legal.field.owner")}</label>
          <select id={`${id}-owner`} value={draft.ownerId} onChange={(event) => setDraft({ ...draft, ownerId: event.target.value })}>
            {!draft.ownerId && <option value="">{t("legalPanel.task.ownerMe")}</option>}
            {workers.map((w) => (
              <option key={w.id} value={w.id}>
                {w.name} · {t(`role.${w.role}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <WorkFormFooter submitLabel={t("legalPanel.task.submit")} pending={write.pending} notice={notice} error={write.error} testId="task-form-status" />
    </form>
  );
};
