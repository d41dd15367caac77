"use client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { request, type RequestFailure } from "@/lib/client/request";
import { useT } from "@/lib/i18n/client";
import type { IssuedLink, PlacementOptions, StaffRow } from "@/lib/users/staff-types";
import { staffFailureText } from "./staff-failure";
import { StaffLinkNotice } from "./staff-link-notice";
import { placementBody, StaffPlacementFields, type PlacementDraft } from "./staff-placement-fields";

type Props = { row: StaffRow; options: PlacementOptions; timeZone: string };

/** One staff row's actions: role and place, disable or re-enable, a password link. Each as of the row's version. */
export const StaffRowActions = ({ row, options, timeZone }: Props) => {
  const { t } = useT();
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState("");
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState<PlacementDraft>({ role: row.role, consulateId: row.consulate?.id ?? "", regionId: row.region?.id ?? "" });
  const [link, setLink] = useState<IssuedLink | null>(null);

  const failed = (failure: RequestFailure) => {
    setError(staffFailureText(t, failure));
    // A stale row is refreshed so the next try works from what is there now.
    if (failure.kind === "conflict") router.refresh();
  };

  const patch = async (body: Record<string, unknown>) => {
    setPending(true);
    setError("");
    const result = await request("PATCH", `/api/v1/staff/${row.id}`, { body: { version: row.version, ...body } });
    setPending(false);
    if (!result.ok) return failed(result.failure);
    setEditing(false);
    router.refresh();
  };

  const toggle = () => {
    if (row.active && !window.confirm(t("staff.confirm.disable", { name: row.name }))) return;
    void patch({ active: !row.active });
  };

  const reset = async () => {
    if (!window.confirm(t("staff.confirm.reset", { name: row.name }))) return;
    setPending(true);
    setError("");
    const result = await request<{ link: IssuedLink }>("POST", `/api/v1/staff/${row.id}/reset`);
    setPending(false);
    if (!result.ok) return failed(result.failure);
    setLink(result.data.link);
    router.refresh();
  };

  const save = (event: FormEvent) => {
    event.preventDefault();
    void patch(placementBody(draft));
  };

  return (
    <div className="staff-actions">
      <div className="staff-actions__buttons">
        <button type="button" className="button" disabled={pending} aria-expanded={editing} onClick={() => setEditing((v) => !v)} data-testid="staff-edit">
          {t("staff.action.edit")}
        </button>
        <button type="button" className={row.active ? "button button--danger" : "button"} disabled={pending} onClick={toggle} data-testid="staff-toggle">
          {row.active ? t("staff.action.disable") : t("staff.action.enable")}
        </button>
        {row.active ? (
          <button type="button" className="button button--quiet" disabled={pending} onClick={() => void reset()} data-testid="staff-reset">
            {t("staff.action.reset")}
          </button>
        ) : null}
      </div>
      {editing ? (
        <form className="form staff-actions__edit" onSubmit={save} aria-label={t("staff.edit.title", { name: row.name })}>
          <StaffPlacementFields idPrefix={`staff-edit-${row.id}`} options={options} value={draft} onChange={setDraft} />
          <p className="muted">{t("staff.edit.note")}</p>
          <div className="secret-notice__actions">
            <button type="submit" className="button button--primary" disabled={pending}>
              {pending ? t("staff.action.working") : t("staff.edit.save")}
            </button>
            <button type="button" className="button button--quiet" onClick={() => setEditing(false)}>
              {t("staff.edit.cancel")}
            </button>
          </div>
        </form>
      ) : null}
      {link ? <StaffLinkNotice link={link} email={row.email} purpose="reset" timeZone={timeZone} onDismiss={() => setLink(null)} /> : null}
      <div role="alert" className="form__error">
        {error}
      </div>
    </div>
  );
};
