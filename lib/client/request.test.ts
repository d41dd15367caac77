import { afterEach, describe, expect, it, vi } from "vitest";
import { request } from "./request";

const answer = (status: number, body: unknown) =>
  vi.fn(async () => new Response(typeof body === "string" ? body : JSON.stringify(body), { status }));

const stub = (fetch: ReturnType<typeof vi.fn>) => vi.stubGlobal("fetch", fetch);

afterEach(() => vi.unstubAllGlobals());

describe("request", () => {
  it("returns the data of a 200, and sends the body as JSON with the query", async () => {
    const fetch = answer(200, { tasks: [] });
    stub(fetch);
    const result = await request<{ tasks: unknown[] }>("POST", "/api/v1/tasks", { body: { a: 1 }, query: { unread: "1" } });
    expect(result).toEqual({ ok: true, data: { tasks: [] } });
    expect(fetch).toHaveBeenCalledWith("/api/v1/tasks?unread=1", {
      method: "POST",
      cache: "no-store",
      signal: undefined,
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ a: 1 }),
    });
  });

  it("sends no body, and no question mark, when there is none", async () => {
    const fetch = answer(200, {});
    stub(fetch);
    await request("GET", "/api/v1/cases", { query: new URLSearchParams() });
    expect(fetch).toHaveBeenCalledWith("/api/v1/cases", { method: "GET", cache: "no-store", signal: undefined });
  });

  it("reads a 400's issues and reason", async () => {
    stub(answer(400, { error: "invalid_body", issues: [{ path: "aNumber", message: "a_number_format" }] }));
    expect(await request("PATCH", "/api/v1/cases/x/legal")).toEqual({
      ok: false,
      failure: { kind: "invalid", issues: [{ path: "aNumber", message: "a_number_format" }] },
    });
    stub(answer(400, { error: "invalid_body", reason: "bad_cursor" }));
    expect(await request("GET", "/api/v1/cases")).toEqual({ ok: false, failure: { kind: "invalid", issues: [], reason: "bad_cursor" } });
  });

  it("reads a 409's details: the case as it is now, the stale target, the open tasks", async () => {
    const summary = { id: "c1", status: "ACKNOWLEDGED", owner: null };
    stub(answer(409, { error: "conflict", reason: "stale_version", case: summary }));
    expect(await request("POST", "/api/v1/cases/c1/transitions")).toEqual({
      ok: false,
      failure: { kind: "conflict", reason: "stale_version", currentStatus: "ACKNOWLEDGED", case: summary },
    });
    const openTasks = [{ id: "t1", title: "Llamar", dueAt: "2026-01-01T00:00:00.000Z" }];
    stub(answer(409, { error: "conflict", reason: "open_tasks", currentStatus: "IN_CONTACT", openTasks }));
    expect(await request("POST", "/api/v1/cases/c1/transitions")).toEqual({
      ok: false,
      failure: { kind: "conflict", reason: "open_tasks", currentStatus: "IN_CONTACT", case: null, openTasks },
    });
    stub(answer(409, { error: "conflict", reason: "stale_version", target: "hearing" }));
    expect(await request("PATCH", "/api/v1/hearings/h1")).toMatchObject({ failure: { kind: "conflict", target: "hearing" } });
  });

  it("reads a bulk write's stale and refused cases, on a 409 and a 403", async () => {
    const stale = [{ id: "c1", number: "LAX-2026-000001" }];
    stub(answer(409, { error: "stale", stale }));
    const first = await request("POST", "/api/v1/incidents/i/bulk");
    expect(!first.ok && first.failure.kind === "conflict" && first.failure.stale).toEqual(stale);
    const refused = [{ id: "c2", number: "LAX-2026-000002", reason: "role" }];
    stub(answer(403, { error: "forbidden", reason: "refused", refused }));
    const second = await request("POST", "/api/v1/incidents/i/bulk");
    expect(!second.ok && second.failure.kind === "forbidden" && second.failure.refused).toEqual(refused);
  });

  it("reads a 403's reason and owner, defaulting to the role", async () => {
    stub(answer(403, { error: "forbidden", reason: "not_owner", owner: "Ana López" }));
    expect(await request("POST", "/api/v1/cases/c1/notes")).toEqual({
      ok: false,
      failure: { kind: "forbidden", reason: "not_owner", owner: "Ana López" },
    });
    stub(answer(403, { error: "forbidden" }));
    expect(await request("POST", "/api/v1/cases/c1/notes")).toEqual({ ok: false, failure: { kind: "forbidden", reason: "role", owner: null } });
  });

  it("says that the session ended on a 401", async () => {
    stub(answer(401, { error: "unauthorized" }));
    expect(await request("GET", "/api/v1/tasks")).toEqual({ ok: false, failure: { kind: "unauthorized" } });
  });

  it("keeps the status and code of the other refusals", async () => {
    stub(answer(429, { error: "rate_limited" }));
    expect(await request("GET", "/api/v1/tasks")).toEqual({ ok: false, failure: { kind: "server", status: 429, code: "rate_limited" } });
    stub(answer(404, { error: "not_found" }));
    expect(await request("GET", "/api/v1/tasks")).toEqual({ ok: false, failure: { kind: "not_found" } });
  });

  it("counts a proxy's non-JSON 502 by its status", async () => {
    stub(answer(502, "<html><body>Bad Gateway</body></html>"));
    expect(await request("GET", "/api/v1/tasks")).toEqual({ ok: false, failure: { kind: "server", status: 502, code: null } });
  });

  it("turns a network error, or an abort, into a failure instead of throwing", async () => {
    stub(vi.fn(async () => Promise.reject(new TypeError("Failed to fetch"))));
    expect(await request("GET", "/api/v1/tasks")).toEqual({ ok: false, failure: { kind: "network" } });
    vi.unstubAllGlobals();
    const aborted = new AbortController();
    aborted.abort();
    expect(await request("GET", "http://127.0.0.1:9/never", { signal: aborted.signal })).toEqual({ ok: false, failure: { kind: "network" } });
  });
});
