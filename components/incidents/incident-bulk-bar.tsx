"use client";
import { useEffect, useId, useState, type FormEvent } from "react";
import type { CaseSummary } from "@/lib/cases/events";
import type { RequestFailure } from "@/lib/client/request";
import { FAMILY_TEMPLATES } from "@/lib/family/templates";
import type { Role } from "@/lib/generated/prisma/enums";
import { useT } from "@/lib/i18n/client";
import type { MessageKey } from "@/lib/i18n/messages/es";
import type { BulkAction, BulkRequest } from "@/lib/incidents/types";
import { caseNumbers, incidentFailureText, offersReload } from "./bulk-failure";
import { bulkOnIncident, listLegalAid, listOfficers } from "./incident-api";

type IncidentBulkBarProps = {
  incidentId: string;
  /** The picked cases, at the versions the screen shows. */
  cases: readonly CaseSummary[];
  role: Role;
  /** After a write: the cases as they are now. */
  onDone: (cases: readonly CaseSummary[]) => void;
  onReload: () => Promise<void>;
};

type People = { id: string; name: string }[];
type Outcome = { ok: true; text: string } | { ok: false; text: string; failure: RequestFailure } | null;

const LABELS: Record<BulkAction, MessageKey> = {
  take: "incidents.bulk.take",
  assign: "incidents.bulk.assign",
  refer: "incidents.bulk.refer",
  close_false_alarm: "incidents.bulk.falseAlarm",
  family_update: "incidents.bulk.family",
};

// Officers take cases; a supervisor gives them.
const actionsFor = (role: Role): BulkAction[] =>
  role === "OFFICER" ? ["take", "assign", "refer", "close_false_alarm", "family_update"] : ["assign", "refer", "close_false_alarm", "family_update"];

/** One action over every picked case, in one request: all of them change, or none and the changed ones are named. */
export const IncidentBulkBar = ({ incidentId, cases, role, onDone, onReload }: IncidentBulkBarProps) => {
  const { t } = useT();
  const id = useId();
  const [action, setAction] = useState<BulkAction | "">("");
  const [ownerId, setOwnerId] = useState("");
  const [legalId, setLegalId] = useState("");
  const [reason, setReason] = useState("");
  const [template, setTemplate] = useState("");
  const [officers, setOfficers] = useState<People | null>(null);
  const [legal, setLegal] = useState<People | null>(null);
  const [listFailed, setListFailed] = useState(false);
  const [pending, setPending] = useState(false);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const anyCase = cases[0]?.id ?? null;

  // The consulate's officers and legal aid, read through any of the cases once the action needs them.
  useEffect(() => {
    if (!anyCase || (action === "assign" ? officers : action === "refer" ? legal : true)) return;
    let current = true;
    const read = action === "assign" ? listOfficers(anyCase) : listLegalAid(anyCase);
    void read.then((result) => {
      if (!current) return;
      if (!result.ok) return setListFailed(true);
      setListFailed(false);
      (action === "assign" ? setOfficers : setLegal)(result.data.assignees ?? []);
    });
    return () => {
      current = false;
    };
  }, [action, anyCase, officers, legal]);

  const missing = (): string | null => {
    if (!action) return t("incidents.bulk.choose");
    if (action === "assign" && !ownerId) return t("incidents.bulk.choose");
    if (action === "family_update" && !template) return t("incidents.bulk.choose");
    if (action === "close_false_alarm" && reason.trim() === "") return t("incidents.bulk.reasonRequired");
    return null;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (cases.length === 0 || pending) return;
    const problem = missing();
    setFieldError(problem);
    if (problem || !action) return;
    const body: BulkRequest = {
      action,
      cases: cases.map((c) => ({ id: c.id, version: c.version })),
      ...(action === "assign" && { ownerId }),
      ...(action === "refer" && legalId && { legalAssigneeId: legalId }),
      ...(action === "close_false_alarm" && { reason: reason.trim() }),
      ...(action === "family_update" && { template }),
    };
    setPending(true);
    setOutcome(null);
    const result = await bulkOnIncident(incidentId, body);
    setPending(false);
    if (!result.ok) return setOutcome({ ok: false, text: incidentFailureText(result.failure, t), failure: result.failure });
    // A family update skips the cases with no contact phone: named, not hidden.
    const { skipped } = result.data;
    const done = t("incidents.bulk.done", { count: result.data.updated });
    setOutcome({ ok: true, text: skipped?.length ? `${done} ${t("incidents.bulk.skipped", { numbers: caseNumbers(skipped) })}` : done });
    setReason("");
    onDone(result.data.cases);
  };

  const people = action === "assign" ? officers : legal;
  return (
    <form className="incident-bulk" noValidate onSubmit={(event) => void submit(event)} aria-label={t("incidents.bulk.label")} data-testid="incident-bulk">
      {cases.length === 0 ? (
        <p className="incident-bulk__hint">{t("incidents.bulk.none")}</p>
      ) : (
        <div className="incident-bulk__fields">
          <div className="field field--inline">
            <label htmlFor={`${id}-action`}>{t("incidents.bulk.action")}</label>
            <select id={`${id}-action`} value={action} onChange={(event) => setAction(event.target.value as BulkAction | "")} data-testid="incident-bulk-action">
              <option value="">—</option>
              {actionsFor(role).map((kind) => (
                <option key={kind} value={kind}>
                  {t(LABELS[kind])}
                </option>
              ))}
            </select>
          </div>
          {(action === "assign" || action === "refer") && (
            <div className="field field--inline">
              <label htmlFor={`${id}-person`}>{t(action === "assign" ? "incidents.bulk.assign.label" : "incidents.bulk.refer.label")}</label>
              <select
                id={`${id}-person`}
                value={action === "assign" ? ownerId : legalId}
                onChange={(event) => (action === "assign" ? setOwnerId : setLegalId)(event.target.value)}
                disabled={!people}
                data-testid="incident-bulk-person"
              >
                <option value="">{people ? (action === "refer" ? t("incidents.bulk.refer.any") : "—") : t("common.loading")}</option>
                {people?.map((person) => (
                  <option key={person.id} value={person.id}>
                    {person.name}
                  </option>
                ))}
              </select>
              {listFailed && <span className="field__error">{t("incidents.bulk.loadFailed")}</span>}
            </div>
          )}
          {action === "close_false_alarm" && (
            <div className="field field--inline incident-bulk__reason">
              <label htmlFor={`${id}-reason`}>{t("incidents.bulk.falseAlarm.label")}</label>
              <input id={`${id}-reason`} type="text" maxLength={2000} value={reason} onChange={(event) => setReason(event.target.value)} />
            </div>
          )}
          {action === "family_update" && (
            <div className="field field--inline">
              <label htmlFor={`${id}-template`}>{t("incidents.bulk.family.label")}</label>
              <select id={`${id}-template`} value={template} onChange={(event) => setTemplate(event.target.value)}>
                <option value="">—</option>
                {FAMILY_TEMPLATES.map((key) => (
                  <option key={key} value={key}>
                    {t(`legal.template.${key}`)}
                  </option>
                ))}
              </select>
            </div>
          )}
          <button type="submit" className="button button--primary" disabled={pending} aria-busy={pending} data-testid="incident-bulk-apply">
            {pending ? t("incidents.bulk.busy") : t("incidents.bulk.apply", { count: cases.length })}
          </button>
        </div>
      )}
      <p className="field__error" role="alert">
        {fieldError}
      </p>
      <div className={outcome?.ok === false ? "incident-bulk__outcome incident-bulk__outcome--failed" : "incident-bulk__outcome"} role="status" data-testid="incident-bulk-outcome">
        {outcome?.text}
        {outcome?.ok === false && offersReload(outcome.failure) && (
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={() => void onReload().then(() => setOutcome(null))}
            data-testid="incident-bulk-reload"
          >
            {t("incidents.bulk.reload")}
          </button>
        )}
      </div>
    </form>
  );
};
