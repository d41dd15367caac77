import type { CaseDetail } from "@/lib/cases/detail-data";
import { formatDateTime } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import { NoteForm } from "./note-form";

type CaseNotesPanelProps = { caseId: string; notes: CaseDetail["notes"]; timeZone: string; canWrite: boolean };

/** The officers' notes, newest first, under the form for the next one. */
export const CaseNotesPanel = async ({ caseId, notes, timeZone, canWrite }: CaseNotesPanelProps) => {
  const { t, locale } = await getT();
  return (
    <section className="panel" aria-labelledby="notes-heading" data-testid="case-notes">
      <h2 id="notes-heading" className="panel__title">
        {t("caseWork.notes.title")}
      </h2>
      <NoteForm caseId={caseId} allowed={canWrite} />
      {notes.length === 0 ? (
        <p className="muted">{t("caseWork.notes.empty")}</p>
      ) : (
        <ol className="work-log" aria-labelledby="notes-heading">
          {notes.map((note) => (
            <li key={note.id} className="work-log__item" data-testid="case-note">
              <p className="work-log__body">{note.body}</p>
              <p className="work-log__meta">
                {note.authorName} · <time dateTime={note.createdAt}>{formatDateTime(note.createdAt, { locale, timeZone })}</time>
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
};
