"use client";
import { useT } from "@/lib/i18n/client";
import { HearingType } from "@/lib/generated/prisma/enums";

type HearingTypeSelectProps = { id: string; value: HearingType; onChange: (type: HearingType) => void };

/** The kind of hearing, labelled; shared by the form that schedules one and the one that corrects it. */
export const HearingTypeSelect = ({ id, value, onChange }: HearingTypeSelectProps) => {
  const { t } = useT();
  return (
    <div className="field">
      <label htmlFor={id}>{t("legal.field.type")}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as HearingType)}>
        {Object.values(HearingType).map((type) => (
          <option key={type} value={type}>
            {t(`legal.hearingType.${type}`)}
          </option>
        ))}
      </select>
    </div>
  );
};
