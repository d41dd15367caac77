"use client";
import { useId, useRef, useState, type KeyboardEvent } from "react";
import { WorkFormFooter } from "@/components/ui/work-form-footer";
import { noteSchema } from "@/lib/cases/schema";
import { useT } from "@/lib/i18n/client";
import { focusFirstInvalid } from "./focus-first-invalid";
import { useCaseWrite } from "./use-case-write";
import { failureMessage, fieldErrors } from "./write-failure";

const MAX = noteSchema.shape.body.maxLength ?? undefined;

/** Appends a note. The text is client state: a live refresh of the page never clears it, a success does. */
export const NoteForm = ({ caseId, allowed }: { caseId: string; allowed: boolean }) => {
  const { t } = useT();
  const id = useId();
  const { send, pending } = useCaseWrite(caseId);
  const [body, setBody] = useState("");
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);

  if (!allowed) return null;

  const submit = async () => {
    if (pending) return;
    setError(null);
    setNotice(null);
    const parsed = noteSchema.safeParse({ body });
    if (!parsed.success) {
      setFieldError(fieldErrors(parsed.error.issues, t).body ?? null);
      return focusFirstInvalid(form.current);
    }
    setFieldError(null);
    const result = await send("notes", parsed.data);
    if (!result.ok) {
      if (result.failure.kind === "invalid") setFieldError(fieldErrors(result.failure.issues, t).body ?? null);
      return setError(failureMessage(result.failure, { t }));
    }
    setBody("");
    setNotice(t("caseWork.noteForm.done"));
  };

  // Ctrl/⌘+Enter sends, as in most writing tools; Enter alone stays a new line.
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) void submit();
  };

  return (
    <form
      ref={form}
      className="work-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      data-testid="note-form"
    >
      <div className="field">
        <label htmlFor={`${id}-body`}>{t("caseWork.noteForm.label")}</label>
        <textarea
          id={`${id}-body`}
          rows={3}
          required
          maxLength={MAX}
          value={body}
          onChange={(event) => setBody(event.target.value)}
          onKeyDown={onKeyDown}
          aria-invalid={fieldError ? true : undefined}
          aria-describedby={`${id}-hint ${id}-error`}
        />
        <p id={`${id}-hint`} className="field__hint">
          {t("caseWork.noteForm.hint")}
        </p>
        <p id={`${id}-error`} className="field__error">
          {fieldError}
        </p>
      </div>
      <WorkFormFooter
        submitLabel={t("caseWork.noteForm.submit")}
        pending={pending}
        notice={notice}
        error={error}
        testId="note-form-status"
        errorTestId="note-form-error"
      />
    </form>
  );
};
