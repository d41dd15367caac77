// The staff wrappers refuse before the handler runs: no session (401), a role
// the route does not serve (403), then params, query or body that fail the
// route's schemas (400 with every issue's path, 415 for a body not JSON).
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { Role } from "@/lib/generated/prisma/enums";
import { mintScope, type StaffScope } from "@/lib/server/auth/scope";
import { defineStaffRead } from "./staff-read";
import { staffReadNode } from "./staff-read-node";
import { withOptionalStaff, withStaff, withStaffRead } from "./with-staff";

const session = vi.hoisted(() => ({ scope: null as StaffScope | null }));
vi.mock("@/lib/server/auth/session", () => ({ getStaffScope: async () => session.scope }));
vi.mock("@/lib/server/auth/request-scope", () => ({ scopeFromRequest: async () => session.scope }));

const staff = (role: Role) =>
  mintScope({
    userId: "11111111-1111-4111-8111-111111111111",
    email: "staff@amparo.test",
    name: "Staff",
    role,
    consulateId: null,
    consulateCode: null,
    timeZone: null,
    regionId: null,
    regionCode: null,
    regionName: null,
    locale: "es",
    twoFactorEnabled: true,
  });

const handler = vi.fn(async () => Response.json({ ran: true }));
const context = (params: Record<string, string> = {}) => ({ params: Promise.resolve(params) });
const post = (body: string, contentType = "application/json") =>
  new Request("http://localhost/api", { method: "POST", headers: { "content-type": contentType }, body });
const answer = async (response: Response) => ({ status: response.status, body: await response.json() });

beforeEach(() => {
  handler.mockClear();
  session.scope = null;
});

describe("withStaff's roles", () => {
  const route = withStaff({ roles: ["OFFICER", "SUPERVISOR"] }, handler);

  it("answers 403 to a signed-in role the route does not serve, without running the handler", async () => {
    session.scope = staff("LEGAL_AID");
    expect(await answer(await route(new Request("http://localhost/api"), context()))).toEqual({ status: 403, body: { error: "forbidden" } });
    expect(handler).not.toHaveBeenCalled();
  });

  it("answers 401 before any role check, and serves the roles it names", async () => {
    expect(await answer(await route(new Request("http://localhost/api"), context()))).toEqual({ status: 401, body: { error: "unauthorized" } });
    session.scope = staff("SUPERVISOR");
    expect(await answer(await route(new Request("http://localhost/api"), context()))).toEqual({ status: 200, body: { ran: true } });
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it("serves any staff when it names no roles", async () => {
    session.scope = staff("LEGAL_AID");
    expect((await withStaff(handler)(new Request("http://localhost/api"), context())).status).toBe(200);
  });
});

describe("withStaff's schemas", () => {
  const body = z.strictObject({ title: z.string().min(1, "required"), tags: z.array(z.string().max(3, "short")) });

  it("answers 400 with every issue's path for a body of the wrong shape, without running the handler", async () => {
    session.scope = staff("OFFICER");
    const route = withStaff({ body }, handler);
    expect(await answer(await route(post('{"title":"","tags":["ok","long"]}'), context()))).toEqual({
      status: 400,
      body: { error: "invalid_body", issues: [{ path: "title", message: "required" }, { path: "tags.1", message: "short" }] },
    });
    expect(await answer(await route(post("{not json"), context()))).toEqual({
      status: 400,
      body: { error: "invalid_body", issues: [{ path: "", message: "not valid JSON" }] },
    });
    expect((await route(post('{"title":"x","tags":[]}', "text/plain"), context())).status).toBe(415);
    expect(handler).not.toHaveBeenCalled();
  });

  it("hands the handler the parsed body, query and params", async () => {
    session.scope = staff("OFFICER");
    const query = z.preprocess((params: URLSearchParams) => ({ n: params.get("n") }), z.object({ n: z.coerce.number() }));
    const params = z.object({ id: z.string().transform((id) => id.toUpperCase()) });
    const route = withStaff({ body, query, params }, async (parsed) =>
      Response.json({ body: parsed.body, query: parsed.query, params: parsed.params }),
    );
    const request = new Request("http://localhost/api?n=7", { method: "POST", headers: { "content-type": "application/json" }, body: '{"title":"t","tags":[]}' });
    expect(await answer(await route(request, context({ id: "abc" })))).toEqual({
      status: 200,
      body: { body: { title: "t", tags: [] }, query: { n: 7 }, params: { id: "ABC" } },
    });
  });

  it("answers 400 naming the query parameter or segment that fails, without running the handler", async () => {
    session.scope = staff("OFFICER");
    const code = z.preprocess((params: URLSearchParams) => Object.fromEntries(params), z.object({ code: z.string().regex(/^[A-Z]{3}$/, "three letters") }));
    const byQuery = withStaff({ query: code }, handler);
    expect(await answer(await byQuery(new Request("http://localhost/api?code=lax"), context()))).toEqual({
      status: 400,
      body: { error: "invalid_body", issues: [{ path: "code", message: "three letters" }] },
    });
    const bySegment = withStaff({ params: z.object({ z: z.string().regex(/^\d+$/, "a whole number") }) }, handler);
    expect((await answer(await bySegment(new Request("http://localhost/api"), context({ z: "x" })))).body.issues).toEqual([
      { path: "z", message: "a whole number" },
    ]);
    expect(handler).not.toHaveBeenCalled();
  });

  it("checks the role before the body: a caller the route does not serve learns nothing of its shape", async () => {
    session.scope = staff("OFFICER");
    expect((await withStaff({ roles: ["ADMIN"], body }, handler)(post("{}"), context())).status).toBe(403);
  });
});

describe("withOptionalStaff", () => {
  it("serves a visitor without a session (scope null), after the body's schema", async () => {
    const route = withOptionalStaff({ body: z.strictObject({ locale: z.enum(["es", "en"]) }) }, async ({ scope, body }) =>
      Response.json({ signedIn: scope !== null, locale: body.locale }),
    );
    expect(await answer(await route(post('{"locale":"en"}'), context()))).toEqual({ status: 200, body: { signedIn: false, locale: "en" } });
    session.scope = staff("OFFICER");
    expect(await answer(await route(post('{"locale":"es"}'), context()))).toEqual({ status: 200, body: { signedIn: true, locale: "es" } });
    expect((await route(post('{"locale":"fr"}'), context())).status).toBe(400);
  });
});

describe("a staff read's roles and query, on both servers", () => {
  const read = vi.fn(async ({ query }: { query: { n: number } }) => ({ n: query.n }));
  const definition = defineStaffRead({
    roles: ["SUPERVISOR"],
    query: z.preprocess((params: URLSearchParams) => ({ n: params.get("n") ?? undefined }), z.object({ n: z.coerce.number().int() })),
    read,
  });
  const next = withStaffRead(definition);
  let server: Server;
  let base: string;

  beforeAll(async () => {
    const node = staffReadNode(definition);
    server = createServer((req, res) => void node(req, res));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise((resolve) => server.close(resolve)));

  const both = async (query: string) => [
    await answer(await next(new Request(`http://localhost/api?${query}`), context())),
    await answer(await fetch(`${base}/api?${query}`)),
  ];

  it("403 for a role it does not serve, 400 for a bad query, alike; the read runs only when both pass", async () => {
    read.mockClear();
    session.scope = staff("OFFICER");
    expect(await both("n=1")).toEqual([{ status: 403, body: { error: "forbidden" } }, { status: 403, body: { error: "forbidden" } }]);
    session.scope = staff("SUPERVISOR");
    const [bad, badNode] = await both("n=x");
    expect(bad).toEqual(badNode);
    expect(bad.status).toBe(400);
    expect(bad.body.issues.map((issue: { path: string }) => issue.path)).toEqual(["n"]);
    expect(read).not.toHaveBeenCalled();
    expect(await both("n=2")).toEqual([{ status: 200, body: { n: 2 } }, { status: 200, body: { n: 2 } }]);
  });
});
