"use client";
import { useId, useState, type FormEvent } from "react";
import { useT } from "@/lib/i18n/client";
import { formatDateTime } from "@/lib/i18n/format";
import type { IncidentNoteView } from "@/lib/incidents/types";
import { incidentFailureText } from "./bulk-failure";
import { addIncidentNote } from "./incident-api";

type IncidentNotesProps = {
  incidentId: string;
  notes: readonly IncidentNoteView[];
  timeZone: string;
  onAdded: (note: IncidentNoteView) => void;
};

// The server's limit for a note.
const MAX_NOTE = 4000;

/** The incident's shared notes: append-only, each with its author and time; the oldest first. */
export const IncidentNotes = ({ incidentId, notes, timeZone, onAdded }: IncidentNotesProps) => {
  const { t, locale } = useT();
  const id = useId();
  const [body, setBody] = useState("");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (body.trim() === "") return setError(t("incidents.notes.required"));
    setPending(true);
    setError(null);
    const result = await addIncidentNote(incidentId, body.trim());
    setPending(false);
    // What was typed stays until the note is saved.
    if (!result.ok) return setError(incidentFailureText(result.failure, t));
    setBody("");
    onAdded(result.data.note);
  };

  return (
    <section className="panel incident-notes" aria-labelledby={`${id}-title`} data-testid="incident-notes">
      <h2 id={`${id}-title`} className="panel__title">
        {t("incidents.notes.title")}
      </h2>
      {notes.length === 0 ? (
        <p className="panel__intro">{t("incidents.notes.empty")}</p>
      ) : (
        <ol className="incident-notes__list">
          {notes.map((note) => (
            <li key={note.id} className="incident-note" data-testid="incident-note">
              <p className="incident-note__body">{note.body}</p>
              <p className="incident-note__by">
                {t("incidents.notes.by", {
                  name: note.author.name,
                  time: formatDateTime(note.createdAt, { locale, timeZone }),
                })}
              </p>
            </li>
          ))}
        </ol>
      )}
      <form className="form incident-notes__form" noValidate onSubmit={(event) => void submit(event)}>
        <label htmlFor={`${id}-body`}>{t("incidents.notes.label")}</label>
        <textarea
          id={`${id}-body`}
          rows={3}
          maxLength={MAX_NOTE}
          value={body}
          onChange={(event) => setBody(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-error`}
        />
        <p id={`${id}-error`} className="field__error" role="alert">
          {error}
        </p>
        <button type="submit" className="button" disabled={pending} aria-busy={pending}>
          {pending ? t("incidents.notes.busy") : t("incidents.notes.add")}
        </button>
      </form>
    </section>
  );
};
