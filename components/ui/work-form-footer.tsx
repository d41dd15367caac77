"use client";
import { useT } from "@/lib/i18n/client";

type WorkFormFooterProps = {
  submitLabel: string;
  pending: boolean;
  /** What the last submit did, announced politely. */
  notice: string | null;
  /** Why the last submit failed, announced at once. */
  error: string | null;
  testId: string;
  errorTestId?: string;
};

/** A work form's submit button, its status line and its error (the case's notes and calls, the legal forms). */
export const WorkFormFooter = ({ submitLabel, pending, notice, error, testId, errorTestId }: WorkFormFooterProps) => {
  const { t } = useT();
  return (
    <>
      <div className="work-form__footer">
        <button type="submit" className="button button--primary" disabled={pending} aria-busy={pending}>
          {pending ? t("caseWork.pending") : submitLabel}
        </button>
        <p role="status" className="work-status" data-testid={testId}>
          {notice}
        </p>
      </div>
      <div role="alert" className="form__error" data-testid={errorTestId}>
        {error}
      </div>
    </>
  );
};
