"use client";
import type { HTMLInputTypeAttribute } from "react";

type CheckedInputProps = {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The message under the field; none when the value is fine. */
  error?: string;
  type?: HTMLInputTypeAttribute;
  maxLength?: number;
  /** A note under the label, read with the field (the zone of a date and time). */
  hint?: string;
};

/** A labelled input whose error is announced with it (aria-invalid, aria-describedby). */
export const CheckedInput = ({ id, label, value, onChange, error, type, maxLength, hint }: CheckedInputProps) => (
  <div className="field">
    <label htmlFor={id}>{label}</label>
    {hint && (
      <p id={`${id}-hint`} className="field__hint">
        {hint}
      </p>
    )}
    <input
      id={id}
      type={type}
      value={value}
      maxLength={maxLength}
      onChange={(event) => onChange(event.target.value)}
      aria-invalid={error ? true : undefined}
      aria-describedby={hint ? `${id}-hint ${id}-error` : `${id}-error`}
    />
    <p id={`${id}-error`} className="field__error">
      {error}
    </p>
  </div>
);
