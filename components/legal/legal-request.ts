// One JSON write to the legal-aid API (any method, any path under /api/v1),
// with the refusals the forms explain turned into a typed failure.
export type LegalFailure =
  | { kind: "conflict"; reason: string; target: string | null; openTasks: OpenTask[] }
  | { kind: "forbidden"; reason: string }
  | { kind: "invalid"; issues: { path: string; message: string }[]; reason: string | null }
  | { kind: "not_found" }
  | { kind: "unauthorized" }
  | { kind: "network" }
  | { kind: "server" };

export type OpenTask = { id: string; title: string; dueAt: string };

export type LegalResult<T> = { ok: true; data: T } | { ok: false; failure: LegalFailure };

type ErrorBody = { error?: string; reason?: string; target?: string; openTasks?: OpenTask[]; issues?: { path: string; message: string }[] };

const toFailure = (status: number, body: ErrorBody | null): LegalFailure => {
  if (status === 409) {
    return { kind: "conflict", reason: body?.reason ?? "stale_version", target: body?.target ?? null, openTasks: body?.openTasks ?? [] };
  }
  if (status === 403) return { kind: "forbidden", reason: body?.reason ?? "role" };
  if (status === 400) {
    const issues = Array.isArray(body?.issues) ? body.issues : [];
    return { kind: "invalid", issues, reason: issues[0]?.message ?? body?.reason ?? null };
  }
  if (status === 404) return { kind: "not_found" };
  if (status === 401) return { kind: "unauthorized" };
  return { kind: "server" };
};

/** Sends `body` as JSON (actions without fields send `{}`). Never throws. */
export const sendLegal = async <T>(method: "POST" | "PATCH", path: string, body: unknown = {}): Promise<LegalResult<T>> => {
  let response: Response;
  try {
    response = await fetch(path, { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  } catch {
    return { ok: false, failure: { kind: "network" } };
  }
  const json: unknown = await response.json().catch(() => null);
  if (response.ok) return { ok: true, data: json as T };
  return { ok: false, failure: toFailure(response.status, json as ErrorBody | null) };
};
