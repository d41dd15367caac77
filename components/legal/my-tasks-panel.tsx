"use client";
import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { formatUntil } from "@/components/ui/format-until";
import { OverdueFlag } from "@/components/ui/overdue-flag";
import { request } from "@/lib/client/request";
import { useT } from "@/lib/i18n/client";
import { formatDateTime } from "@/lib/i18n/format";
import type { MyTask } from "@/lib/legal-aid/types";

type MyTasksPanelProps = { initial: MyTask[]; tick: unknown; now: number; timeZone: string };

/** The signed-in user's open tasks across their cases, overdue first: what to do today, beside the queue. */
export const MyTasksPanel = ({ initial, tick, now, timeZone }: MyTasksPanelProps) => {
  const { t, locale } = useT();
  const [tasks, setTasks] = useState(initial);
  const first = useRef(tick);

  // The queue was read again (a live event, a filter): tasks may have changed with it.
  useEffect(() => {
    if (tick === first.current) return;
    void request<{ tasks: MyTask[] }>("GET", "/api/v1/tasks").then((result) => result.ok && setTasks(result.data.tasks));
  }, [tick]);

  const ordered = [...tasks].sort((a, b) => Number(b.overdue) - Number(a.overdue) || Date.parse(a.dueAt) - Date.parse(b.dueAt));
  return (
    <section className="panel" aria-labelledby="my-tasks-heading" data-testid="my-tasks">
      <h2 id="my-tasks-heading" className="panel__title">
        {t("legalDesk.myTasks.title", { count: tasks.length })}
      </h2>
      {ordered.length === 0 ? (
        <p className="muted">{t("legalDesk.myTasks.empty")}</p>
      ) : (
        <ul className="work-log">
          {ordered.slice(0, 20).map((task) => (
            <li key={task.id} className="work-log__item" data-testid="my-task">
              <p className="work-log__head">
                <strong>{task.title}</strong> ·{" "}
                <Link href={`/cases/${task.caseId}`} prefetch={false}>
                  {task.caseNumber}
                </Link>{" "}
                · {task.personName ?? t("case.person.removed")} {task.overdue && <OverdueFlag count={1} />}
              </p>
              <p className="work-log__meta">
                <time dateTime={task.dueAt}>
                  <strong>{formatUntil({ at: task.dueAt, now, t })}</strong> · {formatDateTime(task.dueAt, { locale, timeZone })}
                </time>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
};
