// The browser's one way to call the staff API: every answer becomes data or
// a typed failure read from the server's error body (errorReply in
// lib/server/http/responses.ts), so no screen parses JSON or status codes.
import type { CaseSummary } from "@/lib/cases/events";
import type { CaseStatus } from "@/lib/generated/prisma/enums";
import type { OpenTask } from "@/lib/legal-aid/types";
import type { AppErrorCode, Issue } from "@/lib/server/errors";

export type { Issue };

/** A case a bulk write could not apply to, and why (lib/cases/lifecycle.ts's refusal). */
export type RefusedCase = { id: string; number: string; reason: string };

/** What a refusal's body holds: its code, zod's issues on a 400, and the public details the domain added. */
type ErrorBody = {
  error?: AppErrorCode | "internal";
  issues?: Issue[];
  reason?: string;
  currentStatus?: CaseStatus;
  case?: CaseSummary;
  owner?: string | null;
  target?: string;
  openTasks?: OpenTask[];
  stale?: { id: string; number: string }[];
  refused?: RefusedCase[];
};

/**
 * Why a request did not succeed. The documented statuses have a kind each
 * (named after the server's code); `server` covers the rest (413, 415, 429,
 * 500, 503, or a proxy's own page, which has no code); `network` is no
 * answer at all, including a request its caller aborted.
 */
export type RequestFailure =
  | { kind: "invalid"; issues: Issue[]; reason?: string }
  /** The session ended: the server's render of the page sends the user to sign in. */
  | { kind: "unauthorized" }
  | { kind: "forbidden"; reason: string; owner?: string | null; refused?: RefusedCase[] }
  | { kind: "not_found" }
  | {
      kind: "conflict";
      reason: string;
      currentStatus: CaseStatus | null;
      /** The case as it is now, when the refused write was to the case itself. */
      case: CaseSummary | null;
      /** Which legal-aid record was stale (legal_record, hearing, task). */
      target?: string;
      /** The tasks that keep a case from ending (reason open_tasks). */
      openTasks?: OpenTask[];
      /** The cases of a bulk write that changed since the screen read them (BulkStale). */
      stale?: { id: string; number: string }[];
      /** The cases of a bulk write that its action cannot apply to (BulkRefused). */
      refused?: RefusedCase[];
    }
  | { kind: "server"; status: number; code: AppErrorCode | "internal" | null }
  | { kind: "network" };

export type RequestResult<T> = { ok: true; data: T } | { ok: false; failure: RequestFailure };

export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

type RequestOptions = {
  /** Sent as JSON. */
  body?: unknown;
  query?: URLSearchParams | Record<string, string>;
  signal?: AbortSignal;
};

const toFailure = (status: number, body: ErrorBody | null): RequestFailure => {
  switch (status) {
    case 400:
      return { kind: "invalid", issues: Array.isArray(body?.issues) ? body.issues : [], ...(body?.reason ? { reason: body.reason } : {}) };
    case 401:
      return { kind: "unauthorized" };
    case 403:
      return {
        kind: "forbidden",
        reason: body?.reason ?? "role",
        owner: body?.owner ?? null,
        ...(Array.isArray(body?.refused) ? { refused: body.refused } : {}),
      };
    case 404:
      return { kind: "not_found" };
    case 409:
      return {
        kind: "conflict",
        reason: body?.reason ?? "stale_version",
        currentStatus: body?.currentStatus ?? body?.case?.status ?? null,
        case: body?.case ?? null,
        ...(body?.target ? { target: body.target } : {}),
        ...(Array.isArray(body?.openTasks) ? { openTasks: body.openTasks } : {}),
        ...(Array.isArray(body?.stale) ? { stale: body.stale } : {}),
        ...(Array.isArray(body?.refused) ? { refused: body.refused } : {}),
      };
    default:
      return { kind: "server", status, code: body?.error ?? null };
  }
};

const withQuery = (path: string, query: RequestOptions["query"]) => {
  const search = new URLSearchParams(query).toString();
  return search ? `${path}?${search}` : path;
};

/** One call to `path` (under /api/v1). Never throws. */
export const request = async <T>(method: Method, path: string, { body, query, signal }: RequestOptions = {}): Promise<RequestResult<T>> => {
  let response: Response;
  try {
    response = await fetch(withQuery(path, query), {
      method,
      // Every answer is live data: a cached one would show a state the server no longer holds.
      cache: "no-store",
      signal,
      ...(body !== undefined && { headers: { "content-type": "application/json" }, body: JSON.stringify(body) }),
    });
  } catch {
    return { ok: false, failure: { kind: "network" } };
  }
  // A proxy's error page is not JSON: it still counts by its status.
  const json: unknown = await response.json().catch(() => null);
  if (response.ok) return { ok: true, data: json as T };
  return { ok: false, failure: toFailure(response.status, json as ErrorBody | null) };
};
