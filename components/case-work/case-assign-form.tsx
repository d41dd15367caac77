"use client";
import { useCallback, useEffect, useId, useState, type FormEvent } from "react";
import type { CaseSummary } from "@/lib/cases/events";
import type { Assignee } from "@/lib/cases/types";
import { request } from "@/lib/client/request";
import { useT } from "@/lib/i18n/client";
import { useLiveCase } from "./live-case";
import { useCaseWrite } from "./use-case-write";
import { failureMessage } from "./write-failure";

type Load = { state: "loading" } | { state: "failed" } | { state: "ready"; assignees: Assignee[] };

/** Gives the case to an officer of its consulate; mounted for the page's life so a choice survives a refresh. */
export const CaseAssignForm = () => {
  const { t } = useT();
  const { summary, allowed: actions } = useLiveCase();
  const { id: caseId, version, status } = summary;
  const ownerId = summary.owner?.id ?? null;
  const allowed = actions.some((action) => action.kind === "assign");
  const id = useId();
  const { send, pending } = useCaseWrite(caseId);
  const [load, setLoad] = useState<Load>({ state: "loading" });
  const [choice, setChoice] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const fetchAssignees = useCallback(async () => {
    setLoad({ state: "loading" });
    const result = await request<{ assignees?: Assignee[] } | null>("GET", `/api/v1/cases/${encodeURIComponent(caseId)}/assignees`);
    const assignees = result.ok ? result.data?.assignees : undefined;
    setLoad(assignees ? { state: "ready", assignees } : { state: "failed" });
  }, [caseId]);

  useEffect(() => {
    // Fetched once the user may assign; the list of a consulate's officers barely changes.
    if (allowed && load.state === "loading") void fetchAssignees();
  }, [allowed, load.state, fetchAssignees]);

  if (!allowed) return null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setNotice(null);
    if (!choice) return setError(t("caseWork.field.required"));
    const result = await send<{ case: CaseSummary }>("assignment", { ownerId: choice, version });
    if (!result.ok) return setError(failureMessage(result.failure, { t, shownStatus: status }));
    setChoice("");
    setNotice(t("caseWork.done.assign", { name: result.data.case.owner?.name ?? "" }));
  };

  return (
    <form className="assign-form" noValidate onSubmit={(event) => void submit(event)} data-testid="assign-form">
      <label htmlFor={`${id}-owner`}>{t("caseWork.assign.label")}</label>
      {load.state === "failed" ? (
        <p className="assign-form__failed">
          {t("caseWork.assign.loadFailed")}{" "}
          <button type="button" className="button button--quiet" onClick={() => void fetchAssignees()}>
            {t("caseWork.assign.retry")}
          </button>
        </p>
      ) : (
        <select
          id={`${id}-owner`}
          value={choice}
          onChange={(event) => setChoice(event.target.value)}
          disabled={load.state === "loading"}
          aria-invalid={error && !choice ? true : undefined}
          aria-describedby={`${id}-error`}
        >
          <option value="">{load.state === "loading" ? t("caseWork.assign.loading") : t("caseWork.assign.placeholder")}</option>
          {load.state === "ready" &&
            load.assignees.map((assignee) => (
              <option key={assignee.id} value={assignee.id} disabled={assignee.id === ownerId}>
                {assignee.id === ownerId ? t("caseWork.assign.current", { name: assignee.name }) : assignee.name}
              </option>
            ))}
        </select>
      )}
      <button type="submit" className="button button--quiet" disabled={pending || load.state !== "ready"} aria-busy={pending}>
        {pending ? t("caseWork.pending") : t("caseWork.assign.submit")}
      </button>
      <div id={`${id}-error`} role="alert" className="form__error">
        {error}
      </div>
      <p role="status" className="work-status">
        {notice}
      </p>
    </form>
  );
};
