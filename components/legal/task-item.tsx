"use client";
import { useEffect, useId, useState } from "react";
import { Icon } from "@/components/ui/icon";
import { useT } from "@/lib/i18n/client";
import { formatDateTime } from "@/lib/i18n/format";
import type { Task, Worker } from "@/lib/legal-aid/types";
import { useLegalWrite } from "./use-legal-write";

type TaskItemProps = { caseId: string; task: Task; workers: readonly Worker[]; timeZone: string; writable: boolean };

/** One task: due time (flagged when overdue), owner and state; complete, reassign or cancel it at its version. */
export const TaskItem = ({ caseId, task, workers, timeZone, writable }: TaskItemProps) => {
  const { t, locale } = useT();
  const id = useId();
  const write = useLegalWrite();
  const [ownerId, setOwnerId] = useState(task.ownerId);
  useEffect(() => setOwnerId(task.ownerId), [task.ownerId, task.version]);
  const patch = (body: object) => void write.send("PATCH", `/api/v1/cases/${caseId}/tasks/${task.id}`, { version: task.version, ...body });
  const open = task.status === "OPEN";
  return (
    <li className="work-log__item" data-testid="task" data-task-id={task.id} data-status={task.status} data-overdue={task.overdue || undefined}>
      <p className="work-log__head">
        <strong>{task.title}</strong>{" "}
        <span className={task.status === "DONE" ? "state-tag state-tag--ok" : "state-tag"}>{t(`legal.taskStatus.${task.status}`)}</span>
        {task.overdue && (
          <span className="overdue-flag">
            <Icon name="alert" />
            {t("legalPanel.task.overdue")}
          </span>
        )}
      </p>
      <p className="work-log__meta">
        {t("legal.field.dueAt")}: <time dateTime={task.dueAt}>{formatDateTime(task.dueAt, { locale, timeZone })}</time> ·{" "}
        {t("legalPanel.task.owner", { name: task.ownerName })}
      </p>
      {writable && open && (
        <div className="item-actions">
          <button type="button" className="button button--primary button--small" disabled={write.pending} onClick={() => patch({ status: "DONE" })}>
            {t("legalPanel.task.complete")}
          </button>
          <div className="field">
            <label htmlFor={`${id}-owner`}>{t("legalPanel.task.reassign")}</label>
            <select id={`${id}-owner`} value={ownerId} onChange={(event) => setOwnerId(event.target.value)}>
              {!workers.some((w) => w.id === task.ownerId) && <option value={task.ownerId}>{task.ownerName}</option>}
              {workers.map((w) => (
                <option key={w.id} value={w.id}>
                  {w.name}
                </option>
              ))}
            </select>
          </div>
          <button type="button" className="button button--quiet button--small" disabled={write.pending || ownerId === task.ownerId} onClick={() => patch({ ownerId })}>
            {t("legalPanel.task.saveOwner")}
          </button>
          <button type="button" className="button button--quiet button--small" disabled={write.pending} onClick={() => patch({ status: "CANCELLED" })}>
            {t("legalPanel.task.cancel")}
          </button>
        </div>
      )}
      <div role="alert" className="form__error">
        {write.error}
      </div>
    </li>
  );
};
