"use client";
import { useState } from "react";
import { useT } from "@/lib/i18n/client";
import type { IncidentSummary } from "@/lib/incidents/types";
import { closeIncident, confirmIncident, dismissIncident } from "./incident-api";
import { IncidentDialog } from "./incident-dialog";
import { useIncidentMove } from "./use-incident-move";

type Dialog = "dismiss" | "close" | null;

/** A proposal's confirm and dismiss, an open incident's close; each says when it is done. */
export const IncidentMoves = ({ incident, onDone }: { incident: IncidentSummary; onDone: () => void }) => {
  const { t } = useT();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const move = useIncidentMove(onDone);
  const { id, version, status } = incident;

  const act = async (kind: "confirm" | "dismiss" | "close", reason = "") => {
    setNotice(null);
    const sent = await move.run(() =>
      kind === "confirm" ? confirmIncident(id, version) : kind === "dismiss" ? dismissIncident(id, version, reason) : closeIncident(id, version),
    );
    if (!sent) return;
    setDialog(null);
    setNotice(t(`incidents.done.${kind}`));
  };

  const cancel = () => {
    setDialog(null);
    move.clearError();
  };

  return (
    <div className="incident-moves">
      {status === "PROPOSED" && (
        <>
          <button type="button" className="button button--primary" onClick={() => void act("confirm")} disabled={move.pending} data-testid="incident-confirm">
            {t("incidents.confirm")}
          </button>
          <button type="button" className="button" onClick={() => setDialog("dismiss")} disabled={move.pending} data-testid="incident-dismiss">
            {t("incidents.dismiss")}
          </button>
        </>
      )}
      {status === "OPEN" && (
        <button type="button" className="button" onClick={() => setDialog("close")} disabled={move.pending} data-testid="incident-close">
          {t("incidents.close")}
        </button>
      )}
      <p className="incident-moves__message" role="status" data-testid="incident-move-message">
        {dialog ? null : (move.error ?? notice)}
      </p>
      {dialog === "dismiss" && (
        <IncidentDialog
          title={t("incidents.dismiss.title")}
          intro={t("incidents.dismiss.intro")}
          reasonLabel={t("incidents.dismiss.reason")}
          submitLabel={t("incidents.dismiss")}
          pending={move.pending}
          error={move.error}
          onSubmit={(reason) => void act("dismiss", reason)}
          onCancel={cancel}
        />
      )}
      {dialog === "close" && (
        <IncidentDialog
          title={t("incidents.close.title")}
          intro={t("incidents.close.intro")}
          submitLabel={t("incidents.close")}
          pending={move.pending}
          error={move.error}
          onSubmit={() => void act("close")}
          onCancel={cancel}
        />
      )}
    </div>
  );
};
