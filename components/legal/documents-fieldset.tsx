"use client";
import { useT } from "@/lib/i18n/client";
import { DOCUMENT_KINDS, DOCUMENT_STATES, type DocumentKind, type DocumentState } from "@/lib/legal-aid/schema";

type DocumentsFieldsetProps = {
  disabled: boolean;
  documents: Record<DocumentKind, DocumentState>;
  onChange: (documents: Record<DocumentKind, DocumentState>) => void;
};

/** The checklist of papers the case needs: missing, requested or received, one select each. */
export const DocumentsFieldset = ({ disabled, documents, onChange }: DocumentsFieldsetProps) => {
  const { t } = useT();
  const received = DOCUMENT_KINDS.filter((kind) => documents[kind] === "RECEIVED").length;
  return (
    <fieldset disabled={disabled} data-testid="documents">
      <legend>{t("legalPanel.documents.title", { received, total: DOCUMENT_KINDS.length })}</legend>
      <ul className="doc-list">
        {DOCUMENT_KINDS.map((kind) => (
          <li key={kind} className="field">
            <label htmlFor={`doc-${kind}`}>{t(`legal.document.${kind}`)}</label>
            <select id={`doc-${kind}`} value={documents[kind]} onChange={(event) => onChange({ ...documents, [kind]: event.target.value as DocumentState })}>
              {DOCUMENT_STATES.map((state) => (
                <option key={state} value={state}>
                  {t(`legal.documentState.${state}`)}
                </option>
              ))}
            </select>
          </li>
        ))}
      </ul>
    </fieldset>
  );
};
