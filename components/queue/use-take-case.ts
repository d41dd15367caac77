"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { CaseSummary } from "@/lib/cases/events";
import { checkAction, type Actor } from "@/lib/cases/lifecycle";
import { request } from "@/lib/client/request";
import { useT } from "@/lib/i18n/client";
import { statusKey } from "@/lib/i18n/labels";

type UseTakeCaseOptions = {
  actor: Actor;
  /** Shows a case the server sent back, as a live event would. */
  apply: (summary: CaseSummary) => void;
  /** Reads the list again, when an answer carries no case to show. */
  reload: () => void;
  /** Before the taken case is applied (it may leave the view). */
  onTaken: (summary: CaseSummary) => void;
  /** The polite message for the outcome. */
  say: (message: string) => void;
};

const toState = (summary: CaseSummary) => ({
  status: summary.status,
  ownerId: summary.owner?.id ?? null,
  duress: summary.duress,
  rescinded: summary.rescinded,
});

const TAKE = { kind: "transition", to: "ACKNOWLEDGED" } as const;
const UNTOUCHED = { status: "NEW", ownerId: null, duress: false, rescinded: false } as const;

/** Whether this user could take a new case nobody has: if not, the queue has no take column. */
export const takesCases = (actor: Actor) => checkAction(actor, UNTOUCHED, TAKE) === null;

/** The same rule the server applies, so that the queue offers "take" only where it will succeed. */
export const canTake = (actor: Actor, summary: CaseSummary) => checkAction(actor, toState(summary), TAKE) === null;

/**
 * Takes a case (NEW → ACKNOWLEDGED, owned by the user) with the version on
 * screen; a refusal (someone was faster, the case moved on) is said plainly
 * and the row shows the case as it now is.
 */
export const useTakeCase = ({ actor, apply, reload, onTaken, say }: UseTakeCaseOptions) => {
  const { t } = useT();
  const router = useRouter();
  const [busy, setBusy] = useState<ReadonlySet<string>>(() => new Set());

  const refusal = (summary: CaseSummary, reason: string | undefined, ownerName?: string | null) => {
    const number = summary.number;
    if (summary.owner && summary.owner.id !== actor.userId) return t("queue.take.owned", { number, owner: summary.owner.name });
    if (reason === "role") return t("queue.take.role");
    if (reason === "not_owner") {
      return ownerName ? t("queue.take.owned", { number, owner: ownerName }) : t("queue.take.ownedUnknown", { number });
    }
    if (summary.status !== "NEW") return t("queue.take.status", { number, status: t(statusKey(summary.status)) });
    return t("queue.take.failed", { number });
  };

  const take = async (summary: CaseSummary) => {
    if (busy.has(summary.id)) return;
    const refused = checkAction(actor, toState(summary), TAKE);
    if (refused) return say(refusal(summary, refused));
    setBusy((current) => new Set(current).add(summary.id));
    try {
      const body = { to: "ACKNOWLEDGED", version: summary.version };
      const result = await request<{ case?: CaseSummary } | null>("POST", `/api/v1/cases/${summary.id}/transitions`, { body });
      if (result.ok) {
        const taken = result.data?.case;
        if (taken) {
          onTaken(taken);
          apply(taken);
        }
        return say(t("queue.take.done", { number: summary.number }));
      }
      const { failure } = result;
      // The session ended: the server render of this page redirects to sign-in.
      if (failure.kind === "unauthorized") return router.refresh();
      if (failure.kind === "network") return say(t("queue.take.failed", { number: summary.number }));
      // A 409 carries the case as it is now; any other refusal, a fresh read shows it.
      const current = failure.kind === "conflict" ? failure.case : null;
      if (current) apply(current);
      else reload();
      if (failure.kind === "conflict" && failure.reason === "stale_version" && current?.status === "NEW" && !current.owner) {
        return say(t("queue.take.stale", { number: summary.number }));
      }
      const reason = failure.kind === "conflict" || failure.kind === "forbidden" ? failure.reason : undefined;
      say(refusal(current ?? summary, reason, failure.kind === "forbidden" ? failure.owner : undefined));
    } finally {
      setBusy((current) => new Set([...current].filter((id) => id !== summary.id)));
    }
  };

  return { take, busy };
};
