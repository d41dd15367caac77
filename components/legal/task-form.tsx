"use client";
import { useId, useState, type FormEvent } from "react";
import { useT } from "@/lib/i18n/client";
import type { Worker } from "./legal-types";
import { fromLocalInput } from "./local-time";
import { useLegalWrite } from "./use-legal-write";

type TaskFormProps = { caseId: string; workers: readonly Worker[]; userId: string };

/** Adds a task: what, by when, and who (the author unless another is chosen). */
export const TaskForm = ({ caseId, workers, userId }: TaskFormProps) => {
  const { t } = useT();
  const id = useId();
  const write = useLegalWrite();
  const empty = { title: "", dueAt: "", ownerId: workers.some((w) => w.id === userId) ? userId : "" };
  const [draft, setDraft] = useState(empty);
  const [errors, setErrors] = useState<{ title?: string; dueAt?: string }>({});
  const [notice, setNotice] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    const dueAt = fromLocalInput(draft.dueAt);
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
        <div className="field">
          <label htmlFor={`${id}-title`}>{t("legal.field.title")}</label>
          <input
            id={`${id}-title`}
            value={draft.title}
            maxLength={300}
            onChange={(event) => setDraft({ ...draft, title: event.target.value })}
            aria-invalid={errors.title ? true : undefined}
            aria-describedby={`${id}-title-error`}
          />
          <p id={`${id}-title-error`} className="field__error">
            {errors.title}
          </p>
        </div>
        <div className="field">
          <label htmlFor={`${id}-due`}>{t("legal.field.dueAt")}</label>
          <input
            id={`${id}-due`}
            type="datetime-local"
            value={draft.dueAt}
            onChange={(event) => setDraft({ ...draft, dueAt: event.target.value })}
            aria-invalid={errors.dueAt ? true : undefined}
            aria-describedby={`${id}-due-error`}
          />
          <p id={`${id}-due-error`} className="field__error">
            {errors.dueAt}
          </p>
        </div>
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
      <div className="work-form__footer">
        <button type="submit" className="button button--primary" disabled={write.pending} aria-busy={write.pending}>
          {write.pending ? t("caseWork.pending") : t("legalPanel.task.submit")}
        </button>
        <p role="status" className="work-status" data-testid="task-form-status">
          {notice}
        </p>
      </div>
      <div role="alert" className="form__error">
        {write.error}
      </div>
    </form>
  );
};
