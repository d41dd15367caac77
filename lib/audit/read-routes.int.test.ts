// Every read route leaves one audit row (issue 15): each GET under app/api/v1
// is either in READS (called as a user allowed to, it must add exactly one
// audit_log row with its action, user, target and client address) or in
// NO_PERSONAL_DATA with the reason. A new GET route in neither fails the first
// test, so a read of personal data cannot be added without its audit.
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { StaffScope } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";
import { CLIENT_ADDRESS_HEADER } from "@/lib/server/http/client-address";
import { createStaff, ensureNetwork } from "@/lib/server/testing/fixtures";
import { createWorld, ROUTES, type StaffSet, type World } from "@/lib/server/testing/hostile-routes";

const session = vi.hoisted(() => ({ scope: null as StaffScope | null }));
vi.mock("@/lib/server/auth/session", () => ({ getStaffScope: async () => session.scope }));

type RouteModule = Record<string, (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>>;

const root = join(import.meta.dirname, "../..");
const routeFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? routeFiles(join(dir, entry.name)) : entry.name === "route.ts" ? [join(dir, entry.name)] : [],
  );
const served = await Promise.all(
  routeFiles(join(root, "app/api/v1")).map(async (file) => ({
    path: `/${relative(join(root, "app"), file)}`.replace(/\/route\.ts$/, ""),
    module: (await import(file)) as RouteModule,
  })),
);
const getters = new Map<string, RouteModule[string]>(served.filter(({ module }) => module.GET).map(({ path, module }) => [`GET ${path}`, module.GET] as const));

type Sent = World & { caseNumber: string };

type Read = {
  action: string;
  /** A read of one case: the row's target. */
  target?: (world: Sent) => string;
  /** A read of one person's record (the subject's view): the row's target. */
  person?: (world: Sent) => string;
  /** A list: a case its answer holds, which the row's caseIds must hold too. */
  lists?: (world: Sent) => string;
  /** The request, when not the hostile suite's valid one (lib/server/testing/hostile-routes.ts). */
  query?: (world: Sent) => Record<string, string>;
  /** The route's key in that suite, when this entry is a variant of it. */
  route?: string;
};

// The routes that return a case's person, location, trail, legal record,
// notes, contacts or family messages, or lists of cases naming their people.
const READS: Record<string, Read> = {
  "GET /api/v1/cases/[id]": { action: "read.case", target: (w) => w.caseId },
  "GET /api/v1/cases/[id]/legal": { action: "read.legal", target: (w) => w.caseId },
  "GET /api/v1/map/cases/[id]/trail": { action: "read.trail", target: (w) => w.caseId },
  "GET /api/v1/cases": { action: "read.queue", query: () => ({ status: "all", owner: "me" }), lists: (w) => w.caseId },
  "GET /api/v1/cases (search)": { route: "GET /api/v1/cases", action: "read.search", query: (w) => ({ status: "all", q: w.caseNumber }), lists: (w) => w.caseId },
  "GET /api/v1/legal-aid/cases": { action: "read.legal_queue", query: () => ({ status: "REFERRED_LEGAL_AID" }), lists: (w) => w.caseId },
  "GET /api/v1/legal-aid/cases (search)": { route: "GET /api/v1/legal-aid/cases", action: "read.search", query: (w) => ({ q: w.caseNumber }), lists: (w) => w.caseId },
  "GET /api/v1/map/cases": { action: "read.map" },
  "GET /api/v1/map/overview": { action: "read.region" },
  "GET /api/v1/incidents/[id]": { action: "read.incident" },
  "GET /api/v1/tasks": { action: "read.tasks", lists: (w) => w.caseId },
  "GET /api/v1/transfers/incoming": { action: "read.transfers", lists: (w) => w.caseId },
  "GET /api/v1/reports/cases": { action: "read.export", query: (w) => ({ status: "all", q: w.caseNumber, purpose: "audit" }), lists: (w) => w.caseId },
  "GET /api/v1/subjects": { action: "read.search" },
  "GET /api/v1/subjects/[id]": { action: "read.subject", person: (w) => w.personId },
  "GET /api/v1/subjects/[id]/export": { action: "read.export", person: (w) => w.personId },
  // Audited before the read audit, under its own action: the export of the log itself.
  "GET /api/v1/admin/audit/export": { action: "audit.exported" },
};

const NO_PERSONAL_DATA: Record<string, string> = {
  "GET /api/v1/admin/audit": "the audit log's own search: actions, staff and case numbers, no person (its export is audited)",
  "GET /api/v1/admin/consulates": "consulate settings",
  "GET /api/v1/admin/retention": "retention schedules, the last run's counts and a preview's counts",
  "GET /api/v1/admin/jurisdictions/[fips]": "a county and its consulate",
  "GET /api/v1/cases/[id]/assignees": "staff who may take the case",
  "GET /api/v1/cases/[id]/legal-assignees": "legal-aid staff who may take the case",
  "GET /api/v1/cases/[id]/notices": "staff notices: who was told, by which channel",
  "GET /api/v1/cases/[id]/viewers": "who read the case: staff and their reads, no person",
  "GET /api/v1/cases/[id]/workers": "staff who may be given work on the case",
  "GET /api/v1/incidents": "incidents: a centre, a radius and counts, no case",
  "GET /api/v1/legal-aid/facilities": "detention facilities (public list)",
  "GET /api/v1/map/jurisdiction-area": "a consulate's area",
  "GET /api/v1/map/jurisdiction-tiles/[z]/[x]/[y]": "map tiles of jurisdictions",
  "GET /api/v1/map/jurisdictions": "jurisdiction outlines",
  "GET /api/v1/offers": "offered cases by number and priority, nothing of the person (lib/escalation/data.ts)",
  "GET /api/v1/openapi.json": "the API's description",
  "GET /api/v1/profile": "the caller's own profile",
  "GET /api/v1/profile/two-factor": "the caller's own two-factor state",
  "GET /api/v1/push/public-key": "the server's public push key",
  "GET /api/v1/relay-keys": "relay keys (no secret)",
  "GET /api/v1/reminders": "the caller's own reminders: a case number, a time, and the title of a task they own: staff's text about their work, no field of the person",
  "GET /api/v1/reports/monthly": "figures per consulate that name no one",
  "GET /api/v1/roster": "staff shifts",
  "GET /api/v1/roster/on-duty": "staff on duty",
  "GET /api/v1/staff": "staff accounts",
};

const ADDRESS = "203.0.113.77";

let staff: StaffSet;
beforeAll(async () => {
  await ensureNetwork();
  const [officer, legal, legal2, houLegal, supervisor, admin] = await Promise.all([
    createStaff("OFFICER", { consulate: "LAX" }),
    createStaff("LEGAL_AID", { consulate: "LAX" }),
    createStaff("LEGAL_AID", { consulate: "LAX" }),
    createStaff("LEGAL_AID", { consulate: "HOU" }),
    createStaff("SUPERVISOR", { region: "OESTE" }),
    createStaff("ADMIN"),
  ]);
  staff = { officer, legal, legal2, houLegal, supervisor, admin };
});

const send = async (key: string, world: Sent, read: Read) => {
  const routeKey = read.route ?? key;
  const route = ROUTES[routeKey];
  const [, path] = routeKey.split(" ");
  const url = new URL(`http://localhost${path.replace(/\[(\w+)\]/g, "_")}`);
  for (const [name, value] of Object.entries(read.query?.(world) ?? route.query?.(world) ?? {})) url.searchParams.append(name, value);
  session.scope = route.as(world).scope;
  const params = routeKey.includes("[") ? (route.params?.(world) ?? {}) : (undefined as unknown as Record<string, string>);
  return getters.get(routeKey)!(new Request(url, { headers: { [CLIENT_ADDRESS_HEADER]: ADDRESS } }), { params: Promise.resolve(params) });
};

describe("[AUDIT] every read route leaves one audit row", () => {
  it("knows every GET route: audited, or reading no personal data for a stated reason", () => {
    const routed = new Set(Object.entries(READS).map(([key, read]) => read.route ?? key));
    const unknown = [...getters.keys()].filter((key) => !routed.has(key) && !(key in NO_PERSONAL_DATA));
    expect(unknown).toEqual([]);
    expect([...routed].filter((key) => key in NO_PERSONAL_DATA)).toEqual([]);
    expect([...routed, ...Object.keys(NO_PERSONAL_DATA)].filter((key) => !getters.has(key))).toEqual([]);
  });

  it.each(Object.keys(READS))("%s: exactly one row, with its action, user, target and address", async (key) => {
    const read = READS[key];
    const route = ROUTES[read.route ?? key];
    const created = await createWorld(staff, route);
    const { number: caseNumber } = await db.case.findUniqueOrThrow({ where: { id: created.caseId }, select: { number: true } });
    const world: Sent = { ...created, caseNumber };
    const [{ max }] = await db.$queryRaw<{ max: bigint | null }[]>`SELECT max(id) AS max FROM audit_log`;
    const response = await send(key, world, read);
    expect(response.status, await response.clone().text()).toBe(200);
    await response.arrayBuffer();
    const rows = await db.auditLog.findMany({ where: { id: { gt: max ?? 0n } }, orderBy: { id: "asc" } });
    expect(rows.map((r) => r.action)).toEqual([read.action]);
    const [row] = rows;
    const actor = route.as(world).user.id;
    expect(row.actorUserId).toBe(actor);
    if (read.action === "audit.exported") return;
    const data = row.data as { ip?: string; caseIds?: string[]; terms?: unknown };
    expect(data.ip).toBe(ADDRESS);
    if (read.target) expect([row.targetType, row.targetId]).toEqual(["case", read.target(world)]);
    else if (read.person) expect([row.targetType, row.targetId]).toEqual(["person", read.person(world)]);
    else expect([row.targetType, row.targetId, Array.isArray(data.caseIds)]).toEqual([null, null, true]);
    if (read.lists) expect(data.caseIds).toContain(read.lists(world));
    // A search's terms are hashes: the case number searched for appears nowhere in the row.
    expect(JSON.stringify(row.data)).not.toContain(caseNumber);
  });
});
