"use client";
import { useState } from "react";
import { request } from "@/lib/client/request";
import { useT } from "@/lib/i18n/client";
import type { LegalQueueRow } from "@/lib/legal-aid/types";
import { legalFailureMessage } from "./legal-failure";

/**
 * "Take" on the legal-aid queue: the signed-in legal-aid staff member becomes
 * the case's legal assignee, at the record version the row shows. Someone
 * faster wins; the refusal is said plainly and the list is read again.
 */
export const useLegalTake = ({ userId, reload, say }: { userId: string; reload: () => void; say: (message: string) => void }) => {
  const { t } = useT();
  const [busy, setBusy] = useState<ReadonlySet<string>>(() => new Set());

  const take = async (row: LegalQueueRow) => {
    if (busy.has(row.id)) return;
    setBusy((current) => new Set(current).add(row.id));
    try {
      // The row's record version: a colleague who took (or edited) it since makes this a 409, said plainly.
      const result = await request("PATCH", `/api/v1/cases/${row.id}/legal`, { body: { version: row.recordVersion, assigneeId: userId } });
      reload();
      if (result.ok) return say(t("legalDesk.take.done", { number: row.number }));
      say(result.failure.kind === "conflict" ? t("queue.take.stale", { number: row.number }) : legalFailureMessage(result.failure, t));
    } finally {
      setBusy((current) => new Set([...current].filter((id) => id !== row.id)));
    }
  };

  return { take, busy };
};
