"use client";
import { useT } from "@/lib/i18n/client";
import { formatDateTime } from "@/lib/i18n/format";
import type { OpenTask } from "@/lib/legal-aid/types";
import { useLiveCase } from "./live-case";

/**
 * Closing was refused because of open tasks: name them, and offer to cancel
 * them with the close (each cancellation goes on the timeline).
 */
export const OpenTasksNotice = ({ tasks, pending }: { tasks: readonly OpenTask[]; pending: boolean }) => {
  const { t, locale } = useT();
  const { summary } = useLiveCase();
  return (
    <div className="work-notice" data-testid="open-tasks">
      <p>{t("caseWork.close.openTasks", { count: tasks.length })}</p>
      <ul>
        {tasks.map((task) => (
          <li key={task.id}>
            {task.title} · <time dateTime={task.dueAt}>{formatDateTime(task.dueAt, { locale, timeZone: summary.timeZone })}</time>
          </li>
        ))}
      </ul>
      <button type="submit" className="button button--danger" data-cancel-tasks="true" disabled={pending}>
        {t("caseWork.close.cancelTasksAndClose")}
      </button>
    </div>
  );
};
