"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { request, type Method, type RequestResult } from "@/lib/client/request";
import type { CaseSummary } from "@/lib/cases/events";
import { useOptionalLiveCase } from "./live-case";
import { failureNeedsRefresh } from "./write-failure";

/**
 * Sends a write and then re-reads the page. A case in the answer (the new
 * state, or the one that won a conflict) is shown at once, with its version,
 * so the next move can go right away; an append (note, call) stays pending
 * until the refreshed page lists it.
 */
export const useCaseWrite = (caseId: string) => {
  const router = useRouter();
  const live = useOptionalLiveCase();
  const [sending, setSending] = useState(false);
  const [holdForRefresh, setHoldForRefresh] = useState(false);
  const [refreshing, startRefresh] = useTransition();

  /** POST (or `method`) /api/v1/cases/:id/<path> with a JSON body. */
  const send = async <T>(path: string, body: unknown, method: Method = "POST"): Promise<RequestResult<T>> => {
    setSending(true);
    const result = await request<T>(method, `/api/v1/cases/${encodeURIComponent(caseId)}/${path}`, { body });
    setSending(false);
    const answered = result.ok ? (result.data as { case?: CaseSummary } | null)?.case : result.failure.kind === "conflict" ? result.failure.case : null;
    if (answered && live) live.publish(answered);
    setHoldForRefresh(!(answered && live));
    if (result.ok || failureNeedsRefresh(result.failure)) startRefresh(() => router.refresh());
    return result;
  };

  return { send, pending: sending || (holdForRefresh && refreshing) };
};
