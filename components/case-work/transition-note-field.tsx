"use client";
import { transitionSchema } from "@/lib/cases/schema";
import type { FieldErrors } from "./write-failure";

const NOTE_MAX = transitionSchema.shape.reason.unwrap().maxLength ?? undefined;

type TransitionNoteFieldProps = {
  /** The form's id prefix: the field is `${id}-note`, its error `${id}-note-error`. */
  id: string;
  label: string;
  value: string;
  onChange: (note: string) => void;
  /** The server's or the form's message for the transition's `reason`. */
  error?: string;
};

/** The free note a transition takes (its `reason`): the referral's and the close's dialogs. */
export const TransitionNoteField = ({ id, label, value, onChange, error }: TransitionNoteFieldProps) => (
  <div className="field">
    <label htmlFor={`${id}-note`}>{label}</label>
    <textarea
      id={`${id}-note`}
      rows={3}
      maxLength={NOTE_MAX}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      aria-invalid={error ? true : undefined}
      aria-describedby={`${id}-note-error`}
    />
    <p id={`${id}-note-error`} className="field__error">
      {error}
    </p>
  </div>
);

/** What a transition's dialog gets from the case's actions: its draft, the refusals to show, and the buttons' state. */
export type TransitionDialogProps<Draft> = {
  draft: Draft;
  onDraftChange: (draft: Draft) => void;
  errors: FieldErrors;
  onErrors: (errors: FieldErrors) => void;
  error: string | null;
  pending: boolean;
  /** The case moved on while the dialog was open: the draft stays, the button does not. */
  unavailable: boolean;
  submitLabel: string;
  onCancel: () => void;
};
