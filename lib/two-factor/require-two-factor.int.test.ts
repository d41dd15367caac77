// AMPARO_REQUIRE_2FA=1: a user without two factors reaches the enrolment's
// routes and nothing else (403 two_factor_required), and no socket or read
// that server.ts answers; once enrolled, everything their role allows.
// env() is read once per module graph, and each test file has its own: set
// before anything here reads it, and put back for the files after this one.
import type { IncomingMessage } from "node:http";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getScopeUser } from "@/lib/server/auth/users";
import { mintScope, type StaffScope } from "@/lib/server/auth/scope";
import { scopeFromRequest } from "@/lib/server/auth/request-scope";
import { createStaff, ensureNetwork } from "@/lib/server/testing/fixtures";
import { appCode } from "@/lib/server/testing/two-factor";
import { confirmEnrolment, startEnrolment } from "./mutations";

const session = vi.hoisted(() => {
  process.env.AMPARO_REQUIRE_2FA = "1";
  return { scope: null as StaffScope | null };
});
vi.mock("@/lib/server/auth/session", () => ({ getStaffScope: async () => session.scope }));

type Route = Record<string, (r: Request, c: { params: Promise<Record<string, string>> }) => Promise<Response>>;
const get = async (load: Promise<unknown>, path: string) =>
  ((await load) as Route).GET(new Request(`http://localhost${path}`), { params: Promise.resolve({}) });

const socketScope = async (userId: string, sessionVersion: number) => {
  const token = await encode({ token: { sub: userId, authTime: Math.floor(Date.now() / 1000), sessionVersion }, secret: process.env.NEXTAUTH_SECRET! });
  return scopeFromRequest({ headers: { cookie: `next-auth.session-token=${token}` } } as IncomingMessage);
};

beforeAll(ensureNetwork);
afterAll(() => {
  delete process.env.AMPARO_REQUIRE_2FA;
});

describe("[ADMIN] AMPARO_REQUIRE_2FA", () => {
  it("holds an unenrolled user at the enrolment until they enrol", async () => {
    const { user, scope } = await createStaff("OFFICER", { consulate: "LAX" });
    session.scope = scope;
    const cases = await get(import("@/app/api/v1/cases/route"), "/api/v1/cases");
    expect(cases.status).toBe(403);
    expect(await cases.json()).toMatchObject({ error: "two_factor_required" });
    expect((await get(import("@/app/api/v1/profile/route"), "/api/v1/profile")).status).toBe(403);
    expect((await get(import("@/app/api/v1/profile/two-factor/route"), "/api/v1/profile/two-factor")).status).toBe(200);
    // Sockets and server.ts's own reads: no session at all.
    expect(await socketScope(user.id, user.sessionVersion)).toBeNull();

    const { secret } = await startEnrolment(scope);
    await confirmEnrolment({ scope, code: appCode(secret) });
    session.scope = mintScope((await getScopeUser(user.id))!);
    expect(session.scope.twoFactorEnabled).toBe(true);
    expect((await get(import("@/app/api/v1/cases/route"), "/api/v1/cases")).status).toBe(200);
    expect(await socketScope(user.id, user.sessionVersion)).toMatchObject({ userId: user.id });
  });
});
