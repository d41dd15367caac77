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
};

/** A labelled input whose error is announced with it (aria-invalid, aria-describedby). */
export const CheckedInput = ({ id, label, value, onChange, error, type, maxLength }: CheckedInputProps) => (
  <div className="field">
    <label htmlFor={id}>{label}</label>
    <input
      id={id}
      type={type}
      value={value}
      maxLength={maxLength}
      onChange={(event) => onChange(event.target.value)}
      aria-invalid={error ? true : undefined}
      aria-describedby={`${id}-error`}
    />
    <p id={`${id}-error`} className="field__error">
      {error}
    </p>
  </div>
);
