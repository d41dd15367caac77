// Every staff API route against what a hostile client can send (issue 11):
// poison strings, wrong types, huge and deeply nested bodies, year-0000 dates,
// broken escapes in path segments. Property-based (fast-check), in process
// behind withStaff with the session replaced by a scope the test chooses. For
// every request: never a 5xx; a refusal is the contract's `{ error, issues? }`
// with its status; and a refused request wrote nothing.
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { StaffScope } from "@/lib/server/auth/scope";
import { expectContractAnswer, hostileContentType, hostileRawBody, hostileSegment, hostileString, mutatedBody, poisoned, writeFingerprint } from "@/lib/server/testing/hostile";
import { createStaff, ensureNetwork } from "@/lib/server/testing/fixtures";
import { ROUTES, createWorld, type RouteCase, type World } from "@/lib/server/testing/hostile-routes";

const session = vi.hoisted(() => ({ scope: null as StaffScope | null }));
vi.mock("@/lib/server/auth/session", () => ({ getStaffScope: async () => session.scope }));
// The language route sets a cookie through Next's request store, which only Next's server has.
vi.mock("next/headers", () => ({ cookies: async () => ({ set: () => undefined }) }));

type RouteModule = Record<string, (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>>;

const root = join(import.meta.dirname, "../../..");
const METHODS = ["GET", "POST", "PATCH", "PUT", "DELETE"];

// Every route file under app/api/v1 but the intake (its own suite: lib/alerts/intake-hostile.int.test.ts).
const routeFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? routeFiles(join(dir, entry.name)) : entry.name === "route.ts" ? [join(dir, entry.name)] : [],
  );
const served = await Promise.all(
  routeFiles(join(root, "app/api/v1"))
    .map((file) => ({ file, path: `/${relative(join(root, "app"), file)}`.replace(/\/route\.ts$/, "") }))
    .filter(({ path }) => path !== "/api/v1/alerts")
    .map(async ({ file, path }) => ({ path, module: (await import(file)) as RouteModule })),
);
const handlers = new Map<string, RouteModule[string]>(
  served.flatMap(({ path, module }) => METHODS.filter((m) => module[m]).map((m) => [`${m} ${path}`, module[m]] as const)),
);

type Sent = { params: Record<string, string>; query: Record<string, string>; body?: string | Uint8Array<ArrayBuffer>; contentType: string };

const send = (key: string, { params, query, body, contentType }: Sent) => {
  const [method, path] = key.split(" ");
  // The handler reads its segments from the context, as Next decoded them; the URL's path only has to be one.
  const url = new URL(`http://localhost${path.replace(/\[(\w+)\]/g, "_")}`);
  for (const [name, value] of Object.entries(query)) url.searchParams.append(name, value);
  const headers = contentType ? { "content-type": contentType } : undefined;
  const request = new Request(url, { method, headers, body: method === "GET" ? undefined : body });
  // As Next calls it: a route without segments gets params that resolve to undefined.
  const segments = key.includes("[") ? params : (undefined as unknown as Record<string, string>);
  return handlers.get(key)!(request, { params: Promise.resolve(segments) });
};

const json = (value: unknown) => JSON.stringify(value);

/** The valid request of a route in a world, as the UI would send it. */
const validOf = (route: RouteCase, world: World): Sent => ({
  params: route.params?.(world) ?? {},
  query: route.query?.(world) ?? {},
  body: route.body ? json(route.body(world)) : undefined,
  contentType: route.body ? "application/json" : "",
});

/** One hostile change to the valid request: a segment, a query value, the body's content, or its type. */
const hostileRequest = (route: RouteCase, valid: Sent): fc.Arbitrary<Sent> => {
  const changes: fc.Arbitrary<Sent>[] = [];
  const segments = Object.keys(valid.params);
  if (segments.length) {
    changes.push(fc.tuple(fc.constantFrom(...segments), hostileSegment).map(([name, value]) => ({ ...valid, params: { ...valid.params, [name]: value } })));
  }
  const keys = [...Object.keys(valid.query), "q", "status", "extra"];
  changes.push(fc.tuple(fc.constantFrom(...keys), hostileString).map(([name, value]) => ({ ...valid, query: { ...valid.query, [name]: value } })));
  if (route.body) {
    const body = JSON.parse(valid.body as string) as Record<string, unknown>;
    // The body is where most of a client's input is: it gets most of the runs.
    const mutated = mutatedBody(body).map((value) => ({ ...valid, body: json(value) }));
    changes.push(mutated, mutated, mutated);
    changes.push(hostileRawBody.map((raw) => ({ ...valid, body: raw })));
    changes.push(hostileContentType.map((contentType) => ({ ...valid, contentType })));
  }
  return fc.oneof(...changes);
};

/** The request's answer keeps the contract, and a refused one wrote nothing. */
const expectKept = async (key: string, sent: Sent) => {
  const before = await writeFingerprint();
  const refusal = await expectContractAnswer(await send(key, sent));
  if (refusal) expect(await writeFingerprint()).toBe(before);
  return refusal;
};

const NUM_RUNS = 50;

/** `build` for each item, four at a time, in order. */
const inBatches = async <T, R>(items: T[], build: (item: T) => Promise<R>) => {
  const built: R[] = [];
  for (let i = 0; i < items.length; i += 4) built.push(...(await Promise.all(items.slice(i, i + 4).map(build))));
  return built;
};

let staff: Awaited<ReturnType<typeof createStaffSet>>;
const createStaffSet = async () => {
  const [officer, legal, legal2, houLegal, supervisor, admin] = await Promise.all([
    createStaff("OFFICER", { consulate: "LAX" }),
    createStaff("LEGAL_AID", { consulate: "LAX" }),
    createStaff("LEGAL_AID", { consulate: "LAX" }),
    createStaff("LEGAL_AID", { consulate: "HOU" }),
    createStaff("SUPERVISOR", { region: "OESTE" }),
    createStaff("ADMIN"),
  ]);
  return { officer, legal, legal2, houLegal, supervisor, admin };
};

// A route's property and its naming check share one world: the naming check sends only requests it expects refused.
const worlds = new Map<string, Promise<World>>();
const worldOf = (key: string) => {
  if (!worlds.has(key)) worlds.set(key, createWorld(staff, ROUTES[key]));
  return worlds.get(key)!;
};

beforeAll(async () => {
  await ensureNetwork();
  staff = await createStaffSet();
  // Built up front, a few at a time (all at once, the worlds' own transactions
  // wait past Prisma's 2 s for a connection on a loaded machine); each is
  // awaited where its route's tests start.
  void inBatches(Object.keys(ROUTES), (key) => worldOf(key)).catch(() => undefined);
});

describe("[HOSTILE] staff routes", () => {
  it("has a case for every staff route, and each valid request is served", async () => {
    expect([...handlers.keys()].sort()).toEqual(Object.keys(ROUTES).sort());
    const fresh = await inBatches(Object.values(ROUTES), (route) => createWorld(staff, route));
    for (const [index, [key, route]] of Object.entries(ROUTES).entries()) {
      const world = fresh[index];
      session.scope = route.as(world).scope;
      const response = await send(key, validOf(route, world));
      expect({ key, status: response.status }).toEqual({ key, status: route.validStatus ?? 200 });
    }
    // A world for every staff route, built while the others' are too: it grows with each route, and
    // took 29 s of the default 30 on a loaded machine. A guard against a hang, not a speed target.
  }, 120_000);

  it.each(Object.keys(ROUTES))("%s: never a 5xx, the contract's refusal, nothing written", async (key) => {
    const route = ROUTES[key];
    const world = await worldOf(key);
    session.scope = route.as(world).scope;
    const valid = validOf(route, world);
    await fc.assert(
      fc.asyncProperty(hostileRequest(route, valid), async (sent) => {
        await expectKept(key, sent);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it.each(Object.keys(ROUTES).filter((key) => ROUTES[key].params || ROUTES[key].body || ROUTES[key].named))(
    "%s: NUL or a lone surrogate in any field, query or segment is a 400 naming it",
    async (key) => {
      const route = ROUTES[key];
      const world = await worldOf(key);
      session.scope = route.as(world).scope;
      const valid = validOf(route, world);
      const body = valid.body ? (JSON.parse(valid.body as string) as Record<string, unknown>) : {};
      const targets = [
        ...Object.keys(valid.params).map((name) => ({ name, at: "params" as const, value: valid.params[name] })),
        ...(route.named ?? []).map((name) => ({ name, at: "query" as const, value: valid.query[name] ?? "" })),
        ...Object.entries(body).flatMap(([name, value]) => (typeof value === "string" ? [{ name, at: "body" as const, value }] : [])),
      ];
      const poisonedRequest = fc.constantFrom(...targets).chain(({ name, at, value }) =>
        poisoned(value, { inUrl: at === "query" }).map((bad): [string, Sent] => [
          name,
          at === "params"
            ? { ...valid, params: { ...valid.params, [name]: bad } }
            : at === "query"
              ? { ...valid, query: { ...valid.query, [name]: bad } }
              : { ...valid, body: json({ ...body, [name]: bad }) },
        ]),
      );
      await fc.assert(
        fc.asyncProperty(poisonedRequest, async ([name, sent]) => {
          const refusal = await expectKept(key, sent);
          expect(refusal?.error).toBe("invalid_body");
          expect(refusal?.issues?.some((issue) => issue.path === name || issue.path.startsWith(`${name}.`))).toBe(true);
        }),
        { numRuns: Math.min(NUM_RUNS, targets.length * 6) },
      );
    },
  );

  it("dates in year 0000 or 9999 are a 400 naming the field", async () => {
    const cases: [string, string, string][] = [
      ["POST /api/v1/cases/[id]/tasks", "dueAt", "0000-01-01T00:00:00Z"],
      ["POST /api/v1/cases/[id]/tasks", "dueAt", "9999-12-31T23:59:59Z"],
      ["POST /api/v1/cases/[id]/hearings", "scheduledAt", "0000-06-01T09:00:00-07:00"],
      ["PATCH /api/v1/cases/[id]/legal", "detainedOn", "0000-01-01"],
    ];
    for (const [key, field, date] of cases) {
      const route = ROUTES[key];
      const world = await createWorld(staff, route);
      session.scope = route.as(world).scope;
      const valid = validOf(route, world);
      const refusal = await expectKept(key, { ...valid, body: json({ ...route.body!(world), [field]: date }) });
      expect({ key, refusal }).toEqual({ key, refusal: { error: "invalid_body", issues: [expect.objectContaining({ path: field })] } });
    }
    const monthly = ROUTES["GET /api/v1/reports/monthly"];
    const world = await createWorld(staff, monthly);
    session.scope = monthly.as(world).scope;
    const refusal = await expectKept("GET /api/v1/reports/monthly", { params: {}, query: { month: "0000-01" }, contentType: "" });
    expect(refusal).toEqual({ error: "invalid_body", issues: [expect.objectContaining({ path: "month" })] });
  });

  it("a 50 MiB note is refused with a 413 before it is read whole", async () => {
    const route = ROUTES["POST /api/v1/cases/[id]/notes"];
    const world = await createWorld(staff, route);
    session.scope = route.as(world).scope;
    let pulled = 0;
    const chunk = new TextEncoder().encode("x".repeat(64 * 1024));
    const stream = new ReadableStream<Uint8Array>({
      start: (controller) => controller.enqueue(new TextEncoder().encode('{"body":"')),
      pull: (controller) => {
        pulled += chunk.byteLength;
        if (pulled > 50 * 1024 * 1024) return controller.close();
        controller.enqueue(chunk);
      },
    });
    const request = new Request(`http://localhost/api/v1/cases/${world.caseId}/notes`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: stream,
      duplex: "half",
    } as RequestInit);
    const before = await writeFingerprint();
    const response = await handlers.get("POST /api/v1/cases/[id]/notes")!(request, { params: Promise.resolve({ id: world.caseId }) });
    expect({ status: response.status, body: await response.json() }).toEqual({ status: 413, body: { error: "payload_too_large" } });
    expect(pulled).toBeLessThan(256 * 1024);
    expect(await writeFingerprint()).toBe(before);
  });

  it("a reminder that is malformed or someone else's is a 404; one's own, read or not, is not", async () => {
    const key = "POST /api/v1/reminders/[id]/read";
    const route = ROUTES[key];
    const world = await createWorld(staff, route);
    const read = (scope: StaffScope, id: string) => {
      session.scope = scope;
      return send(key, { params: { id }, query: {}, body: "{}", contentType: "application/json" });
    };
    expect((await read(staff.legal2.scope, world.reminderId)).status).toBe(404);
    expect((await read(staff.legal.scope, "abc")).status).toBe(404);
    expect((await read(staff.legal.scope, "999999999999")).status).toBe(404);
    expect(await (await read(staff.legal.scope, world.reminderId)).json()).toEqual({ updated: 1 });
    expect(await (await read(staff.legal.scope, world.reminderId)).json()).toEqual({ updated: 0 });
  });

  it("a segment that named nothing stays a 404 or a 400, never a 500, whatever it holds", async () => {
    const keys = Object.keys(ROUTES).filter((key) => key.includes("["));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...keys), hostileSegment, async (key, segment) => {
        const route = ROUTES[key];
        session.scope = staff.legal.scope;
        const params = Object.fromEntries([...key.matchAll(/\[(\w+)\]/g)].map(([, name]) => [name, segment]));
        await expectKept(key, { params, query: {}, body: route.body ? "{}" : undefined, contentType: "application/json" });
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
