"use client";
import { useId } from "react";
import { FAMILY_LOCALES } from "@/lib/family/templates";
import { useT } from "@/lib/i18n/client";
import type { Contact } from "@/lib/legal-aid/types";
import { useLegalWrite } from "./use-legal-write";

/** The language this contact's updates are written in; saved as soon as it is changed. */
export const ContactLanguageSelect = ({ caseId, contact, writable }: { caseId: string; contact: Contact; writable: boolean }) => {
  const { t } = useT();
  const id = useId();
  const write = useLegalWrite();
  return (
    <div className="field field--inline">
      <label htmlFor={`${id}-lang`}>{t("legalPanel.family.language")}</label>
      <select
        id={`${id}-lang`}
        value={contact.language === "en" ? "en" : "es"}
        disabled={!writable || write.pending}
        onChange={(event) => void write.send("PATCH", `/api/v1/cases/${caseId}/contacts/${contact.id}`, { language: event.target.value })}
      >
        {FAMILY_LOCALES.map((locale) => (
          <option key={locale} value={locale}>
            {t(`case.language.${locale}`)}
          </option>
        ))}
      </select>
      <span role="alert" className="field__error">
        {write.error}
      </span>
    </div>
  );
};
