"use client";
import { useEffect, useRef } from "react";
import type { MessageKey } from "@/lib/i18n/messages/es";
import { useT } from "@/lib/i18n/client";

const SHORTCUTS: { keys: string[]; action: MessageKey }[] = [
  { keys: ["j", "↓"], action: "queue.shortcuts.next" },
  { keys: ["k", "↑"], action: "queue.shortcuts.previous" },
  { keys: ["l", "→"], action: "queue.shortcuts.nextPage" },
  { keys: ["h", "←"], action: "queue.shortcuts.previousPage" },
  { keys: ["Enter"], action: "queue.shortcuts.open" },
  { keys: ["a"], action: "queue.shortcuts.take" },
  { keys: ["n"], action: "queue.shortcuts.fresh" },
  { keys: ["/"], action: "queue.shortcuts.search" },
  { keys: ["Esc"], action: "queue.shortcuts.escape" },
  { keys: ["?"], action: "queue.shortcuts.help" },
];

type ShortcutsDialogProps = { open: boolean; onClose: () => void };

/**
 * The list of shortcuts in a modal <dialog>: the browser makes the rest of the
 * page inert (focus stays inside), closes it on Esc, and the heading names it.
 */
export const ShortcutsDialog = ({ open, onClose }: ShortcutsDialogProps) => {
  const { t } = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      opener.current = document.activeElement;
      element.showModal();
    }
    if (!open && element.open) element.close();
  }, [open]);

  const restoreFocus = () => {
    if (opener.current instanceof HTMLElement && opener.current.isConnected) opener.current.focus();
    onClose();
  };

  return (
    <dialog
      ref={dialog}
      className="shortcuts-dialog"
      aria-labelledby="shortcuts-title"
      aria-describedby="shortcuts-note"
      onClose={restoreFocus}
      // A click on the backdrop lands on the dialog element itself.
      onClick={(event) => event.target === event.currentTarget && event.currentTarget.close()}
      data-testid="shortcuts-dialog"
    >
      <div className="shortcuts-dialog__body">
        <div className="shortcuts-dialog__header">
          <h2 id="shortcuts-title">{t("queue.shortcuts.title")}</h2>
          <form method="dialog">
            <button type="submit" className="button button--quiet button--small" autoFocus>
              {t("queue.shortcuts.close")}
            </button>
          </form>
        </div>
        <table className="shortcuts-table">
          <thead>
            <tr>
              <th scope="col">{t("queue.shortcuts.key")}</th>
              <th scope="col">{t("queue.shortcuts.action")}</th>
            </tr>
          </thead>
          <tbody>
            {SHORTCUTS.map(({ keys, action }) => (
              <tr key={action}>
                <td>
                  {keys.map((key, i) => (
                    <span key={key}>
                      {i > 0 && <span className="shortcuts-table__or"> {t("queue.shortcuts.or")} </span>}
                      <kbd>{key}</kbd>
                    </span>
                  ))}
                </td>
                <td>{t(action)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p id="shortcuts-note" className="muted">
          {t("queue.shortcuts.note")}
        </p>
      </div>
    </dialog>
  );
};
