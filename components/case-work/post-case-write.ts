// One POST to the case-work API, with every documented refusal turned into a
// typed failure, so the forms can explain it and none of them parses JSON.
import type { CaseSummary } from "@/lib/cases/events";
import type { CaseStatus } from "@/lib/generated/prisma/enums";

export type Issue = { path: string; message: string };

/** The tasks that keep a case from ending (409 open_tasks). */
export type OpenTask = { id: string; title: string; dueAt: string };

export type WriteFailure =
  | { kind: "conflict"; reason: string; currentStatus: CaseStatus | null; case: CaseSummary | null; openTasks?: OpenTask[] }
  | { kind: "forbidden"; reason: string; owner: string | null }
  | { kind: "invalid"; issues: Issue[] }
  | { kind: "not_found" }
  | { kind: "unauthorized" }
  | { kind: "network" }
  | { kind: "server" };

export type WriteResult<T> = { ok: true; data: T } | { ok: false; failure: WriteFailure };

type ErrorBody = {
  error?: string;
  reason?: string;
  currentStatus?: CaseStatus;
  case?: CaseSummary;
  owner?: string | null;
  issues?: Issue[];
  openTasks?: OpenTask[];
};

const toFailure = (status: number, body: ErrorBody | null): WriteFailure => {
  if (status === 409) {
    return {
      kind: "conflict",
      reason: body?.reason ?? "stale_version",
      currentStatus: body?.currentStatus ?? body?.case?.status ?? null,
      case: body?.case ?? null,
      ...(Array.isArray(body?.openTasks) && { openTasks: body.openTasks }),
    };
  }
  if (status === 403) return { kind: "forbidden", reason: body?.reason ?? "role", owner: body?.owner ?? null };
  if (status === 400) return { kind: "invalid", issues: Array.isArray(body?.issues) ? body.issues : [] };
  if (status === 404) return { kind: "not_found" };
  if (status === 401) return { kind: "unauthorized" };
  return { kind: "server" };
};

/** POST /api/v1/cases/:id/<path> with a JSON body. Never throws. */
export const postCaseWrite = async <T>(caseId: string, path: string, body: unknown): Promise<WriteResult<T>> => {
  let response: Response;
  try {
    response = await fetch(`/api/v1/cases/${encodeURIComponent(caseId)}/${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  } catch {
    return { ok: false, failure: { kind: "network" } };
  }
  const json: unknown = await response.json().catch(() => null);
  if (response.ok) return { ok: true, data: json as T };
  return { ok: false, failure: toFailure(response.status, json as ErrorBody | null) };
};
