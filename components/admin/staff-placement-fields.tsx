"use client";
import type { Role } from "@/lib/generated/prisma/enums";
import { useT } from "@/lib/i18n/client";
import type { PlacementOptions } from "@/lib/users/staff-types";

export type PlacementDraft = { role: Role | ""; consulateId: string; regionId: string };

type Props = { idPrefix: string; options: PlacementOptions; value: PlacementDraft; onChange: (value: PlacementDraft) => void };

/** Role, then the consulate (officers, legal aid) or region (supervisors) it needs: only what this manager may give. */
export const StaffPlacementFields = ({ idPrefix, options, value, onChange }: Props) => {
  const { t } = useT();
  const needsConsulate = value.role === "OFFICER" || value.role === "LEGAL_AID";
  return (
    <>
      <div className="field">
        <label htmlFor={`${idPrefix}-role`}>{t("staff.invite.role")}</label>
        <select id={`${idPrefix}-role`} required value={value.role} onChange={(e) => onChange({ ...value, role: e.target.value as Role })}>
          <option value="">{t("staff.invite.choose")}</option>
          {options.roles.map((role) => (
            <option key={role} value={role}>
              {t(`role.${role}`)}
            </option>
          ))}
        </select>
      </div>
      {needsConsulate ? (
        <div className="field">
          <label htmlFor={`${idPrefix}-consulate`}>{t("staff.invite.consulate")}</label>
          <select id={`${idPrefix}-consulate`} required value={value.consulateId} onChange={(e) => onChange({ ...value, consulateId: e.target.value })}>
            <option value="">{t("staff.invite.choose")}</option>
            {options.consulates.map((c) => (
              <option key={c.id} value={c.id}>
                {c.code} · {c.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {value.role === "SUPERVISOR" ? (
        <div className="field">
          <label htmlFor={`${idPrefix}-region`}>{t("staff.invite.region")}</label>
          <select id={`${idPrefix}-region`} required value={value.regionId} onChange={(e) => onChange({ ...value, regionId: e.target.value })}>
            <option value="">{t("staff.invite.choose")}</option>
            {options.regions.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
    </>
  );
};

/** The placement fields the API takes, for the role chosen (the other field is left out). */
export const placementBody = ({ role, consulateId, regionId }: PlacementDraft) => ({
  role,
  ...(role === "OFFICER" || role === "LEGAL_AID" ? { consulateId } : {}),
  ...(role === "SUPERVISOR" ? { regionId } : {}),
});
