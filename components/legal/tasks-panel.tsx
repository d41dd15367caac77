"use client";
import { useT } from "@/lib/i18n/client";
import type { Task, Worker } from "@/lib/legal-aid/types";
import { TaskForm } from "./task-form";
import { TaskItem } from "./task-item";

type TasksPanelProps = { caseId: string; tasks: readonly Task[]; workers: readonly Worker[]; userId: string; timeZone: string; writable: boolean };

/** Open tasks first (overdue ones flagged), then the finished ones; the form for a new one on top. */
export const TasksPanel = ({ caseId, tasks, workers, userId, timeZone, writable }: TasksPanelProps) => {
  const { t } = useT();
  const overdue = tasks.filter((task) => task.overdue).length;
  return (
    <section className="panel" aria-labelledby="tasks-heading" data-testid="tasks">
      <h2 id="tasks-heading" className="panel__title">
        {t("legalPanel.task.title")}
        {overdue > 0 && <span className="overdue-flag"> {t("legalDesk.overdue", { count: overdue })}</span>}
      </h2>
      {writable && <TaskForm caseId={caseId} workers={workers} userId={userId} timeZone={timeZone} />}
      {tasks.length === 0 ? (
        <p className="muted">{t("legalPanel.task.empty")}</p>
      ) : (
        <ul className="work-log" aria-labelledby="tasks-heading">
          {tasks.map((task) => (
            <TaskItem key={task.id} caseId={caseId} task={task} workers={workers} timeZone={timeZone} writable={writable} />
          ))}
        </ul>
      )}
    </section>
  );
};
