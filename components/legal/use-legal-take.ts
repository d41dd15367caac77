"use client";
import { useState } from "react";
import { useT } from "@/lib/i18n/client";
import type { LegalQueueRow } from "./legal-queue-types";
import { legalFailureMessage } from "./legal-failure";
import { sendLegal } from "./legal-request";

/**
 * "Take" on the legal-aid queue: the signed-in legal-aid staff member becomes
 * the case's legal assignee, at the record's current version (read just
 * before, since the queue's rows do not carry it). Someone faster wins; the
 * refusal is said plainly and the list is read again.
 */
export const useLegalTake = ({ userId, reload, say }: { userId: string; reload: () => void; say: (message: string) => void }) => {
  const { t } = useT();
  const [busy, setBusy] = useState<ReadonlySet<string>>(() => new Set());

  const take = async (row: LegalQueueRow) => {
    if (busy.has(row.id)) return;
    setBusy((current) => new Set(current).add(row.id));
    try {
      const current = await fetch(`/api/v1/cases/${row.id}/legal`, { cache: "no-store" })
        .then((r) => (r.ok ? (r.json() as Promise<{ recordVersion: number; record: { assignee: { name: string } | null } | null }>) : null))
        .catch(() => null);
      if (!current) return say(t("queue.take.failed", { number: row.number }));
      const taken = current.record?.assignee;
      if (taken) {
        reload();
        return say(t("queue.take.owned", { number: row.number, owner: taken.name }));
      }
      const result = await sendLegal("PATCH", `/api/v1/cases/${row.id}/legal`, { version: current.recordVersion, assigneeId: userId });
      reload();
      say(result.ok ? t("legalDesk.take.done", { number: row.number }) : legalFailureMessage(result.failure, t));
    } finally {
      setBusy((current) => new Set([...current].filter((id) => id !== row.id)));
    }
  };

  return { take, busy };
};
