// Two factors end to end in process: enrolment, the sign-in with a code or a
// recovery code (each once), and an administrator's (or supervisor's) reset.
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/server/db";
import { authorizeSignIn } from "@/lib/server/auth/authorize";
import { hashPassword } from "@/lib/server/auth/password";
import type { StaffScope } from "@/lib/server/auth/scope";
import { SECOND_FACTOR_REQUIRED, SECOND_FACTOR_WRONG } from "@/lib/server/auth/sign-in-error";
import { CLIENT_ADDRESS_HEADER } from "@/lib/server/http/client-address";
import { createStaff, ensureNetwork } from "@/lib/server/testing/fixtures";
import { appCode, enrolTwoFactor } from "@/lib/server/testing/two-factor";
import { confirmEnrolment, startEnrolment } from "./mutations";

const session = vi.hoisted(() => ({ scope: null as StaffScope | null }));
vi.mock("@/lib/server/auth/session", () => ({ getStaffScope: async () => session.scope }));

const PASSWORD = "una contraseña larga de prueba";

const signIn = (email: string, code?: string) =>
  authorizeSignIn({
    credentials: { email, password: PASSWORD, ...(code !== undefined && { code }) },
    // An address of its own per call: the address budget is not what these tests are about.
    headers: { [CLIENT_ADDRESS_HEADER]: `10.9.${randomBytes(1)[0]}.${randomBytes(1)[0]}` },
  });

const staffWithPassword = async (...args: Parameters<typeof createStaff>) => {
  const staff = await createStaff(...args);
  await db.user.update({ where: { id: staff.user.id }, data: { passwordHash: await hashPassword(PASSWORD) } });
  return staff;
};

const call = async (load: Promise<unknown>, method: string, path: string, { params = {}, body }: { params?: Record<string, string>; body?: unknown } = {}) => {
  const handler = ((await load) as Record<string, (r: Request, c: { params: Promise<Record<string, string>> }) => Promise<Response>>)[method];
  const request = new Request(`http://localhost${path}`, {
    method,
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return handler(request, { params: Promise.resolve(params) });
};

beforeAll(ensureNetwork);

describe("[ADMIN] two-factor enrolment and sign-in", () => {
  it("enrols with a code from the app, refusing a wrong one, and shows ten recovery codes once", async () => {
    const { user, scope } = await staffWithPassword("LEGAL_AID", { consulate: "LAX" });
    const { secret, qrDataUrl, uri } = await startEnrolment(scope);
    expect(qrDataUrl).toMatch(/^data:image\/png;base64,/);
    expect(uri).toContain(`secret=${secret}`);
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    // Sealed, never the secret itself; and not on until confirmed.
    expect(stored.totpSecret).toMatch(/^v1\./);
    expect(stored.totpSecret).not.toContain(secret);
    expect(stored.totpEnabledAt).toBeNull();

    const wrong = (Number(appCode(secret)) + 1) % 1_000_000;
    await expect(confirmEnrolment({ scope, code: String(wrong).padStart(6, "0") })).rejects.toMatchObject({ code: "invalid_body" });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).totpEnabledAt).toBeNull();

    const { recoveryCodes } = await confirmEnrolment({ scope, code: appCode(secret) });
    expect(recoveryCodes).toHaveLength(10);
    const rows = await db.recoveryCode.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(10);
    for (const code of recoveryCodes) expect(rows.map((r) => r.codeHash)).not.toContain(code);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).totpEnabledAt).not.toBeNull();
    expect(await db.auditLog.count({ where: { action: "two_factor.enabled", targetId: user.id } })).toBe(1);
  });

  it("asks for the code after the right password, refuses a wrong one, signs in with the right one once", async () => {
    const { user } = await staffWithPassword("OFFICER", { consulate: "LAX" });
    const { secret } = await enrolTwoFactor(user.id);

    await expect(signIn(user.email)).rejects.toThrow(SECOND_FACTOR_REQUIRED);
    // A wrong password says nothing of a second factor.
    await expect(authorizeSignIn({ credentials: { email: user.email, password: "otra", code: appCode(secret) }, headers: {} })).resolves.toBeNull();
    const code = appCode(secret);
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, "0");
    await expect(signIn(user.email, wrong)).rejects.toThrow(SECOND_FACTOR_WRONG);
    expect(await db.auditLog.count({ where: { action: "auth.sign_in_failed", data: { path: ["reason"], equals: "second_factor" } } })).toBeGreaterThan(0);

    const before = Date.now();
    await expect(signIn(user.email, code)).resolves.toMatchObject({ id: user.id });
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.lastSignInAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);
    // The same code again, within its window: refused.
    await expect(signIn(user.email, code)).rejects.toThrow(SECOND_FACTOR_WRONG);
  });

  it("takes each recovery code once", async () => {
    const { user } = await staffWithPassword("OFFICER", { consulate: "HOU" });
    const { recoveryCodes } = await enrolTwoFactor(user.id);
    await expect(signIn(user.email, recoveryCodes[3].toLowerCase())).resolves.toMatchObject({ id: user.id });
    await expect(signIn(user.email, recoveryCodes[3])).rejects.toThrow(SECOND_FACTOR_WRONG);
    await expect(signIn(user.email, recoveryCodes[4])).resolves.toMatchObject({ id: user.id });
    expect(await db.recoveryCode.count({ where: { userId: user.id, usedAt: null } })).toBe(8);
  });

  it("counts wrong codes against the sign-in throttle", async () => {
    const { user } = await staffWithPassword("OFFICER", { consulate: "LAX" });
    const { secret } = await enrolTwoFactor(user.id);
    const wrong = String((Number(appCode(secret)) + 500_000) % 1_000_000).padStart(6, "0");
    const refusals: string[] = [];
    for (let i = 0; i < 7; i++) refusals.push(await signIn(user.email, wrong).then(() => "signed in", (error: Error) => error.message));
    expect(refusals.slice(0, 5)).toEqual(Array(5).fill(SECOND_FACTOR_WRONG));
    expect(refusals.slice(5).every((r) => r.startsWith("throttled-"))).toBe(true);
  });
});

describe("[ADMIN] two-factor reset", () => {
  const reset = (id: string) =>
    call(import("@/app/api/v1/staff/[id]/two-factor/reset/route"), "POST", `/api/v1/staff/${id}/two-factor/reset`, { params: { id } });

  it("lets an administrator clear anyone's two factors, ending their sessions", async () => {
    const { user } = await staffWithPassword("SUPERVISOR", { region: "OESTE" });
    await enrolTwoFactor(user.id);
    session.scope = (await createStaff("ADMIN")).scope;
    const response = await reset(user.id);
    expect(response.status).toBe(200);
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row).toMatchObject({ totpSecret: null, totpEnabledAt: null, sessionVersion: user.sessionVersion + 1 });
    expect(await db.recoveryCode.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { action: "two_factor.reset", targetId: user.id, actorUserId: session.scope.userId } })).toBe(1);
    // Password alone signs in again.
    await expect(signIn(user.email)).resolves.toMatchObject({ id: user.id });
  });

  it("lets a supervisor reset their own region's officers only", async () => {
    const lax = await db.consulate.findUniqueOrThrow({ where: { code: "LAX" }, include: { region: true } });
    const hou = await db.consulate.findUniqueOrThrow({ where: { code: "HOU" }, include: { region: true } });
    const supervisor = await createStaff("SUPERVISOR", { region: lax.region.code });
    const [ownOfficer, otherOfficer, peer, admin] = await Promise.all([
      createStaff("OFFICER", { consulate: "LAX" }),
      createStaff("OFFICER", { consulate: "HOU" }),
      createStaff("SUPERVISOR", { region: lax.region.code }),
      createStaff("ADMIN"),
    ]);
    expect(hou.regionId).not.toBe(lax.regionId);
    for (const staff of [ownOfficer, otherOfficer, peer, admin]) await enrolTwoFactor(staff.user.id);
    session.scope = supervisor.scope;
    for (const refused of [otherOfficer, peer, admin]) {
      expect((await reset(refused.user.id)).status).toBe(404);
      expect((await db.user.findUniqueOrThrow({ where: { id: refused.user.id } })).totpEnabledAt).not.toBeNull();
    }
    expect((await reset(ownOfficer.user.id)).status).toBe(200);
    session.scope = ownOfficer.scope;
    expect((await reset(otherOfficer.user.id)).status).toBe(403);
  });
});
