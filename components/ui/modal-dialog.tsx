"use client";
import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from "react";

type ModalDialogProps = {
  title: string;
  intro: string;
  /** Esc, the Cancel button, or the browser closing the dialog. */
  onCancel: () => void;
  testId?: string;
  children: ReactNode;
};

const FOCUSABLE = 'button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])';

/**
 * A native modal <dialog>, mounted only while open: the page behind it is
 * inert, Esc cancels, Tab cycles inside it, and focus starts on the element
 * marked data-autofocus and goes back to the opener when it closes.
 */
export const ModalDialog = ({ title, intro, onCancel, testId, children }: ModalDialogProps) => {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const introId = useId();
  const cancel = useRef(onCancel);
  useEffect(() => {
    cancel.current = onCancel;
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    (dialog.querySelector<HTMLElement>("[data-autofocus]") ?? dialog).focus();
    return () => {
      if (dialog.open) dialog.close();
      // A disabled or removed opener cannot take focus; the caller then places it.
      if (opener?.isConnected && !opener.matches(":disabled")) opener.focus();
    };
  }, []);

  // Browsers let Tab leave a modal dialog for their own toolbar; an officer
  // working by keyboard should stay inside the form until it is done.
  const trapTab = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== "Tab" || !ref.current) return;
    const items = [...ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
      (el) => !el.matches(":disabled") && el.getClientRects().length > 0,
    );
    if (items.length === 0) return;
    const first = items[0];
    const last = items[items.length - 1];
    const active = document.activeElement;
    if (event.shiftKey && (active === first || active === ref.current)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <dialog
      ref={ref}
      className="modal"
      aria-labelledby={titleId}
      aria-describedby={introId}
      data-testid={testId}
      onKeyDown={trapTab}
      onCancel={(event) => {
        event.preventDefault();
        cancel.current();
      }}
      onClose={(event) => {
        // "close" arrives a task later: after our own close() on unmount (the
        // dialog is gone by then) or a remount (it is open again), it is not a cancel.
        const dialog = event.currentTarget;
        if (!dialog.open && dialog.isConnected) cancel.current();
      }}
    >
      <h2 id={titleId} className="modal__title">
        {title}
      </h2>
      <p id={introId} className="modal__intro">
        {intro}
      </p>
      {children}
    </dialog>
  );
};
