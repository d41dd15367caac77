"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { request, type RequestFailure, type RequestResult } from "@/lib/client/request";
import { useT } from "@/lib/i18n/client";
import { legalFailureMessage } from "./legal-failure";

/**
 * One legal-aid write from the case page, then a re-read of the page (the
 * server's render is the truth: versions, timeline, deadlines). A refusal
 * becomes a sentence in `error`; a 409 also re-reads, so the latest values
 * show beside the message.
 */
export const useLegalWrite = () => {
  const { t } = useT();
  const router = useRouter();
  const [sending, setSending] = useState(false);
  const [refreshing, startRefresh] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [failure, setFailure] = useState<RequestFailure | null>(null);

  /** Sends `body` as JSON (actions without fields send `{}`). */
  const send = async <T>(method: "POST" | "PATCH", path: string, body: unknown = {}): Promise<RequestResult<T>> => {
    setSending(true);
    setError(null);
    setFailure(null);
    const result = await request<T>(method, path, { body });
    setSending(false);
    if (!result.ok) {
      setError(legalFailureMessage(result.failure, t));
      setFailure(result.failure);
    }
    if (result.ok || result.failure.kind === "conflict" || result.failure.kind === "not_found") startRefresh(() => router.refresh());
    return result;
  };

  return { send, pending: sending || refreshing, error, failure, clearError: () => setError(null) };
};
