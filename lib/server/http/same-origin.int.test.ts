// Writes from another site's browser are refused (403) before the session or
// the body is read, and leave nothing behind; the same write from the desk's
// own origin, or from a client that is no browser (no Origin, no
// Sec-Fetch-Site: curl, the relay), goes through. Across the staff wrapper's
// methods, the language switch and next-auth's sign-in.
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { StaffScope } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";
import { createCaseAt, createStaff, createTestRelayKey, ensureNetwork } from "@/lib/server/testing/fixtures";

const session = vi.hoisted(() => ({ scope: null as StaffScope | null }));
vi.mock("@/lib/server/auth/session", () => ({ getStaffScope: async () => session.scope }));
// The language switch sets its cookie through Next's request store, which only a running Next has.
vi.mock("next/headers", () => ({ cookies: async () => ({ set: () => undefined }) }));

const { POST: postNote } = await import("@/app/api/v1/cases/[id]/notes/route");
const { POST: postTask } = await import("@/app/api/v1/cases/[id]/tasks/route");
const { PATCH: patchTask } = await import("@/app/api/v1/cases/[id]/tasks/[taskId]/route");
const { DELETE: deleteRelayKey } = await import("@/app/api/v1/relay-keys/[id]/route");
const { POST: postLocale } = await import("@/app/api/v1/preferences/locale/route");
const { POST: postAuth } = await import("@/app/api/auth/[...nextauth]/route");

const DESK = "https://desk.amparo.test";
const FORBIDDEN = { status: 403, body: { error: "forbidden" } };

type Staff = Awaited<ReturnType<typeof createStaff>>;
let officer: Staff;
let legal: Staff;
let admin: Staff;

beforeAll(async () => {
  await ensureNetwork();
  officer = await createStaff("OFFICER", { consulate: "LAX" });
  legal = await createStaff("LEGAL_AID", { consulate: "LAX" });
  admin = await createStaff("ADMIN");
});

const context = <P>(params: P) => ({ params: Promise.resolve(params) });

/** A JSON write to the desk, as a browser on `origin` would send it (no origin: not a browser). */
const write = (method: string, body: unknown, from: { origin?: string; site?: string } = {}) =>
  new Request(`${DESK}/api`, {
    method,
    headers: {
      "content-type": "application/json",
      ...(from.origin ? { origin: from.origin } : {}),
      ...(from.site ? { "sec-fetch-site": from.site } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

const answer = async (response: Response) => ({ status: response.status, body: await response.json() });

const FOREIGN = [
  { origin: "http://evil.example" },
  { origin: "null" },
  // The same name on another port, or a sibling host, is another site's.
  { origin: "https://desk.amparo.test:8443" },
  { origin: "https://files.amparo.test" },
  // Sec-Fetch-Site is the browser's own word, whatever Origin says.
  { origin: DESK, site: "cross-site" },
];

describe("[AUTH] writes refuse another site's browser", () => {
  it("a staff POST: 403 and no note for a foreign origin, written for the desk's own and for no origin", async () => {
    session.scope = officer.scope;
    const c = await createCaseAt({ consulate: "LAX", ownerId: officer.user.id, status: "IN_CONTACT" });
    const notes = () => db.caseNote.count({ where: { caseId: c.id } });
    for (const from of FOREIGN) {
      expect(await answer(await postNote(write("POST", { body: "desde otro sitio" }, from), context({ id: c.id })))).toEqual(FORBIDDEN);
    }
    expect(await notes()).toBe(0);
    expect((await postNote(write("POST", { body: "desde la mesa" }, { origin: DESK, site: "same-origin" }), context({ id: c.id }))).status).toBe(201);
    expect((await postNote(write("POST", { body: "desde curl" }), context({ id: c.id }))).status).toBe(201);
    expect(await notes()).toBe(2);
  });

  it("refuses before the session is read: a signed-out foreign write is 403, not 401", async () => {
    session.scope = null;
    const c = await createCaseAt({ consulate: "LAX" });
    expect(await answer(await postNote(write("POST", { body: "x" }, { origin: "http://evil.example" }), context({ id: c.id })))).toEqual(FORBIDDEN);
    expect((await postNote(write("POST", { body: "x" }, { origin: DESK }), context({ id: c.id }))).status).toBe(401);
  });

  it("a staff PATCH: 403 and the task unchanged for a foreign origin, done for the desk's own", async () => {
    session.scope = legal.scope;
    const c = await createCaseAt({ status: "REFERRED_LEGAL_AID" });
    const created = await postTask(write("POST", { title: "Pedir audiencia", dueAt: new Date(Date.now() + 86_400_000).toISOString() }, { origin: DESK }), context({ id: c.id }));
    expect(created.status).toBe(201);
    const { task } = (await created.json()) as { task: { id: string; version: number } };
    const patch = { version: task.version, status: "DONE" };
    for (const from of FOREIGN) {
      expect(await answer(await patchTask(write("PATCH", patch, from), context({ id: c.id, taskId: task.id })))).toEqual(FORBIDDEN);
    }
    expect(await db.caseTask.findUniqueOrThrow({ where: { id: task.id }, select: { status: true } })).toEqual({ status: "OPEN" });
    expect((await patchTask(write("PATCH", patch, { origin: DESK }), context({ id: c.id, taskId: task.id }))).status).toBe(200);
  });

  it("a staff DELETE: 403 and the relay key still active for a foreign origin, revoked for no origin", async () => {
    session.scope = admin.scope;
    const key = await createTestRelayKey();
    const revokedAt = async () => (await db.relayKey.findUniqueOrThrow({ where: { id: key.id }, select: { revokedAt: true } })).revokedAt;
    for (const from of FOREIGN) {
      expect(await answer(await deleteRelayKey(write("DELETE", undefined, from), context({ id: key.id })))).toEqual(FORBIDDEN);
    }
    expect(await revokedAt()).toBeNull();
    expect((await deleteRelayKey(write("DELETE", undefined), context({ id: key.id }))).status).toBe(200);
    expect(await revokedAt()).not.toBeNull();
  });

  it("reads pass whatever the origin: a cross-site GET carries no write", async () => {
    session.scope = legal.scope;
    const { GET } = await import("@/app/api/v1/tasks/route");
    const request = new Request(`${DESK}/api/v1/tasks`, { headers: { origin: "http://evil.example", "sec-fetch-site": "cross-site" } });
    expect((await GET(request, context({}))).status).toBe(200);
  });

  it("the language switch: 403 and the user's language unchanged for a foreign origin, saved for the desk's own", async () => {
    const user = await createStaff("OFFICER", { consulate: "LAX" });
    session.scope = user.scope;
    const locale = async () => (await db.user.findUniqueOrThrow({ where: { id: user.user.id }, select: { locale: true } })).locale;
    const before = await locale();
    const other = before === "en" ? "es" : "en";
    for (const from of FOREIGN) {
      expect(await answer(await postLocale(write("POST", { locale: other }, from), context({})))).toEqual(FORBIDDEN);
    }
    expect(await locale()).toBe(before);
    expect(await answer(await postLocale(write("POST", { locale: other }, { origin: DESK }), context({})))).toEqual({ status: 200, body: { locale: other } });
    expect(await locale()).toBe(other);
    // Signed out, the switch still answers the desk's own pages (the sign-in page has it).
    session.scope = null;
    expect((await postLocale(write("POST", { locale: before }), context({}))).status).toBe(200);
    expect(await answer(await postLocale(write("POST", { locale: before }, { origin: "http://evil.example" }), context({})))).toEqual(FORBIDDEN);
  });

  it("next-auth's sign-in: 403 for a foreign origin before any password is checked (no audit row)", async () => {
    const email = `${randomBytes(6).toString("hex")}@test.amparo`;
    const attempts = () => db.auditLog.count({ where: { action: "auth.sign_in_failed", data: { path: ["email"], equals: email } } });
    const signIn = new Request(`${DESK}/api/auth/callback/credentials`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: "http://evil.example" },
      body: new URLSearchParams({ email, password: "guess", csrfToken: "x", json: "true" }),
    });
    expect(await answer(await postAuth(signIn, { params: Promise.resolve({ nextauth: ["callback", "credentials"] }) }))).toEqual(FORBIDDEN);
    expect(await attempts()).toBe(0);
  });
});
