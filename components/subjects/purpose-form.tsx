import { getT } from "@/lib/i18n/server";
import { PURPOSES } from "@/lib/subjects/schema";

type Props = { personId: string; purpose?: string; purposeText?: string; invalid: boolean };

/** The question asked before any of a person's data is read: a plain GET form, so the record's address carries its purpose. */
export const PurposeForm = async ({ personId, purpose, purposeText, invalid }: Props) => {
  const { t } = await getT();
  return (
    <form className="form subject-purpose" method="get" action={`/subjects/${personId}`} data-testid="purpose-form">
      <h2 className="panel__subtitle">{t("subjects.purpose.title")}</h2>
      <p className="panel__intro">{t("subjects.purpose.intro")}</p>
      <div className="field">
        <label htmlFor="subject-purpose">{t("subjects.purpose.label")}</label>
        <select id="subject-purpose" name="purpose" required defaultValue={purpose ?? ""}>
          <option value="" disabled>
            {t("subjects.purpose.choose")}
          </option>
          {PURPOSES.map((p) => (
            <option key={p} value={p}>
              {t(`subjects.purpose.${p}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="subject-purpose-text">{t("subjects.purpose.text")}</label>
        <input id="subject-purpose-text" name="purposeText" required minLength={3} maxLength={500} defaultValue={purposeText ?? ""} aria-describedby="subject-purpose-hint" />
        <p id="subject-purpose-hint" className="field__hint">
          {t("subjects.purpose.textHint")}
        </p>
      </div>
      {invalid && (
        <p role="alert" className="form__error">
          {t("subjects.purpose.invalid")}
        </p>
      )}
      <button type="submit" className="button button--primary">
        {t("subjects.purpose.submit")}
      </button>
    </form>
  );
};
