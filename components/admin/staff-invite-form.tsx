"use client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { request } from "@/lib/client/request";
import { useT } from "@/lib/i18n/client";
import type { IssuedLink, PlacementOptions, StaffRow } from "@/lib/users/staff-types";
import { staffFailureText } from "./staff-failure";
import { StaffLinkNotice } from "./staff-link-notice";
import { placementBody, StaffPlacementFields, type PlacementDraft } from "./staff-placement-fields";

const EMPTY: PlacementDraft = { role: "", consulateId: "", regionId: "" };

export const StaffInviteForm = ({ options, timeZone }: { options: PlacementOptions; timeZone: string }) => {
  const { t } = useT();
  const router = useRouter();
  const [email, setEmail] = useState("");
  const [name, setName] = useState("");
  const [placement, setPlacement] = useState<PlacementDraft>(EMPTY);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState("");
  const [issued, setIssued] = useState<{ link: IssuedLink; email: string } | null>(null);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setPending(true);
    setError("");
    const result = await request<{ staff: StaffRow; link: IssuedLink }>("POST", "/api/v1/staff", { body: { email, name, ...placementBody(placement) } });
    setPending(false);
    if (!result.ok) return setError(staffFailureText(t, result.failure));
    setIssued({ link: result.data.link, email: result.data.staff.email });
    setEmail("");
    setName("");
    setPlacement(EMPTY);
    router.refresh();
  };

  return (
    <section className="panel" aria-labelledby="staff-invite">
      <h2 id="staff-invite" className="panel__title">
        {t("staff.invite.title")}
      </h2>
      {issued ? <StaffLinkNotice link={issued.link} email={issued.email} purpose="invite" timeZone={timeZone} onDismiss={() => setIssued(null)} /> : null}
      <form className="form form--inline staff-invite" onSubmit={(event) => void onSubmit(event)} data-testid="staff-invite-form">
        <div className="field">
          <label htmlFor="staff-invite-email">{t("staff.invite.email")}</label>
          <input id="staff-invite-email" type="email" required maxLength={254} value={email} onChange={(e) => setEmail(e.target.value)} autoComplete="off" />
        </div>
        <div className="field">
          <label htmlFor="staff-invite-name">{t("staff.invite.name")}</label>
          <input id="staff-invite-name" required maxLength={120} value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />
        </div>
        <StaffPlacementFields idPrefix="staff-invite" options={options} value={placement} onChange={setPlacement} />
        <button type="submit" className="button button--primary" disabled={pending}>
          {pending ? t("staff.invite.submitting") : t("staff.invite.submit")}
        </button>
        <div role="alert" className="form__error" data-testid="staff-invite-error">
          {error}
        </div>
      </form>
    </section>
  );
};
