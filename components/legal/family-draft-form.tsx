"use client";
import { useId, useState, type FormEvent } from "react";
import { WorkFormFooter } from "@/components/ui/work-form-footer";
import { FAMILY_TEMPLATES, type FamilyTemplate } from "@/lib/family/templates";
import { useT } from "@/lib/i18n/client";
import { formatDateTime } from "@/lib/i18n/format";
import type { Contact, Hearing } from "@/lib/legal-aid/types";
import { useLegalWrite } from "./use-legal-write";

type FamilyDraftFormProps = { caseId: string; contacts: readonly Contact[]; hearings: readonly Hearing[]; timeZone: string };

/**
 * Drafts an update to one contact from a template. The server fills every
 * placeholder from the record, in the contact's language; the draft below
 * shows the exact text, and nothing leaves until someone else approves it.
 */
export const FamilyDraftForm = ({ caseId, contacts, hearings, timeZone }: FamilyDraftFormProps) => {
  const { t, locale } = useT();
  const id = useId();
  const write = useLegalWrite();
  const reachable = contacts.filter((c) => c.phone);
  const upcoming = hearings.filter((h) => !h.cancelledAt && !h.result);
  const [contactId, setContactId] = useState(reachable[0]?.id ?? "");
  const [template, setTemplate] = useState<FamilyTemplate>("located_at_facility");
  const [hearingId, setHearingId] = useState(upcoming[0]?.id ?? "");
  const [notice, setNotice] = useState<string | null>(null);

  if (reachable.length === 0) return <p className="muted">{t("legalPanel.family.noContacts")}</p>;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    const body = { contactId, template, ...(template === "hearing_scheduled" && hearingId && { hearingId }) };
    const result = await write.send("POST", `/api/v1/cases/${caseId}/family-messages`, body);
    if (result.ok) setNotice(t("legalPanel.family.drafted"));
  };

  return (
    <form className="work-form" noValidate onSubmit={(event) => void submit(event)} data-testid="family-form">
      <p className="work-form__title">{t("legalPanel.family.draft")}</p>
      <div className="work-form__row">
        <div className="field">
          <label htmlFor={`${id}-contact`}>{t("legalPanel.family.contact")}</label>
          <select id={`${id}-contact`} value={contactId} onChange={(event) => setContactId(event.target.value)}>
            {reachable.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name} · {t(`case.language.${c.language === "en" ? "en" : "es"}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-template`}>{t("legalPanel.family.template")}</label>
          <select id={`${id}-template`} value={template} onChange={(event) => setTemplate(event.target.value as FamilyTemplate)}>
            {FAMILY_TEMPLATES.map((value) => (
              <option key={value} value={value}>
                {t(`legal.template.${value}`)}
              </option>
            ))}
          </select>
        </div>
        {template === "hearing_scheduled" && (
          <div className="field">
            <label htmlFor={`${id}-hearing`}>{t("legalPanel.family.hearing")}</label>
            <select id={`${id}-hearing`} value={hearingId} onChange={(event) => setHearingId(event.target.value)}>
              {upcoming.length === 0 && <option value="">{t("legalPanel.hearing.empty")}</option>}
              {upcoming.map((h) => (
                <option key={h.id} value={h.id}>
                  {h.court} · {formatDateTime(h.scheduledAt, { locale, timeZone })}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      <p className="field__hint">{t("legalPanel.family.hint")}</p>
      <WorkFormFooter submitLabel={t("legalPanel.family.submit")} pending={write.pending} notice={notice} error={write.error} testId="family-form-status" />
    </form>
  );
};
