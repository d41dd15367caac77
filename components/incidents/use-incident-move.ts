"use client";
import { useState } from "react";
import type { RequestResult } from "@/lib/client/request";
import { useT } from "@/lib/i18n/client";
import { incidentFailureText } from "./bulk-failure";

/**
 * One move of an incident (confirm, dismiss, close, a new lead) at a time:
 * whether it is on its way, and its refusal in words. `done` runs after success.
 */
export const useIncidentMove = (done: () => void) => {
  const { t } = useT();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = async (send: () => Promise<RequestResult<unknown>>) => {
    setPending(true);
    setError(null);
    const result = await send();
    setPending(false);
    if (!result.ok) {
      setError(incidentFailureText(result.failure, t));
      return false;
    }
    done();
    return true;
  };

  return { run, pending, error, clearError: () => setError(null) };
};
