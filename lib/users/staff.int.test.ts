// Staff administration (issue 14): what each manager may do, and nothing
// written when they may not; one-time links that work once and expire; and a
// disabled user's live socket closed within a second, their cookie refused.
import type { IncomingMessage } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { verifyPassword } from "@/lib/server/auth/password";
import { scopeFromRequest } from "@/lib/server/auth/request-scope";
import { createStaff, ensureNetwork, outcomeOf } from "@/lib/server/testing/fixtures";
import { startSocketServer, type SocketServer } from "@/lib/server/testing/socket-server";
import { cookieFor, waitFor } from "@/lib/server/testing/sockets";
import { getManagedStaff, listStaff } from "./staff-data";
import { hashLinkToken } from "./staff-links";
import { inviteStaff, issuePasswordReset, updateStaff } from "./staff-mutations";
import { staffFilterSchema } from "./staff-schema";
import { setPasswordFromRequest, setPasswordWithLink } from "./staff-token-mutations";

const PASSWORD = "una frase larga de prueba";
const HOUR = 3_600_000;
const all = staffFilterSchema.parse({});

let ids: Record<"LAX" | "SAN" | "HOU" | "OESTE", string>;
let server: SocketServer;

beforeAll(async () => {
  await ensureNetwork();
  const [lax, san, hou, oeste] = await Promise.all([
    ...["LAX", "SAN", "HOU"].map((code) => db.consulate.findUniqueOrThrow({ where: { code }, select: { id: true } })),
    db.region.findUniqueOrThrow({ where: { code: "OESTE" }, select: { id: true } }),
  ]);
  ids = { LAX: lax.id, SAN: san.id, HOU: hou.id, OESTE: oeste.id };
  server = await startSocketServer();
});

afterAll(() => server.close());

const uniqueEmail = (label: string) => `${label}.${Math.random().toString(36).slice(2, 10)}@consulado.test`;
const tokenOf = (path: string) => path.split("/").pop()!;
const versionOf = async (scope: Parameters<typeof getManagedStaff>[0]["scope"], userId: string) => (await getManagedStaff({ scope, userId }))!.version;
const auditOf = (userId: string) => db.auditLog.findMany({ where: { targetId: userId }, select: { action: true, actorUserId: true }, orderBy: { id: "asc" } });
const userRow = (userId: string) =>
  db.user.findUniqueOrThrow({ where: { id: userId }, select: { role: true, consulateId: true, regionId: true, active: true, sessionVersion: true, passwordHash: true } });

describe("[ADMIN] invitations and one-time links", () => {
  it("an invitation creates the user without a password, keeps only the link's hash, and the link works once", async () => {
    const { scope: admin } = await createStaff("ADMIN");
    const email = uniqueEmail("ana");
    const { staff, link } = await inviteStaff({ scope: admin, invite: { email, name: "Ana Legal", role: "LEGAL_AID", consulateId: ids.LAX } });
    expect(staff).toMatchObject({ email, role: "LEGAL_AID", awaitingPassword: true, active: true, lastSignInAt: null, twoFactorEnabled: false });
    expect(link.path).toMatch(/^\/set-password\/[A-Za-z0-9_-]{43}$/);
    expect(new Date(link.expiresAt).getTime() - Date.now()).toBeGreaterThan(71.9 * HOUR);
    const token = tokenOf(link.path);
    const stored = await db.staffToken.findMany({ where: { userId: staff.id }, select: { tokenHash: true, purpose: true, usedAt: true } });
    expect(stored).toEqual([{ tokenHash: hashLinkToken(token), purpose: "INVITE", usedAt: null }]);

    expect(await setPasswordWithLink({ token, password: PASSWORD })).toEqual({ email });
    expect(await verifyPassword((await userRow(staff.id)).passwordHash, PASSWORD)).toBe(true);
    expect(await outcomeOf(setPasswordWithLink({ token, password: "otra frase larga distinta" }))).toBe("not_found:link_invalid");
    expect(await verifyPassword((await userRow(staff.id)).passwordHash, PASSWORD)).toBe(true);
    expect(await auditOf(staff.id)).toEqual([
      { action: "user.invited", actorUserId: admin.userId },
      { action: "user.password_set", actorUserId: staff.id },
    ]);
  });

  it("a link expires (72 h for an invitation), an unknown one is the same refusal, and a newer link spends the older", async () => {
    const { scope: admin } = await createStaff("ADMIN");
    const issuedAt = new Date(Date.now() - 73 * HOUR);
    const { staff, link } = await inviteStaff({ scope: admin, invite: { email: uniqueEmail("exp"), name: "Caducado", role: "OFFICER", consulateId: ids.LAX }, now: issuedAt });
    const token = tokenOf(link.path);
    expect(await outcomeOf(setPasswordWithLink({ token, password: PASSWORD }))).toBe("not_found:link_invalid");
    expect(await outcomeOf(setPasswordWithLink({ token: "A".repeat(43), password: PASSWORD }))).toBe("not_found:link_invalid");

    const first = await issuePasswordReset({ scope: admin, userId: staff.id });
    const second = await issuePasswordReset({ scope: admin, userId: staff.id });
    expect(await outcomeOf(setPasswordWithLink({ token: tokenOf(first.path), password: PASSWORD }))).toBe("not_found:link_invalid");
    expect(await outcomeOf(setPasswordWithLink({ token: tokenOf(second.path), password: PASSWORD, now: new Date(Date.now() + 71 * HOUR) }))).toBe("ok");
    expect((await userRow(staff.id)).passwordHash).not.toBeNull();
  });

  it("a reset ends the sessions and the old password at once; its link lasts 24 h; a disabled user gets none", async () => {
    const { scope: admin } = await createStaff("ADMIN");
    const { staff, link } = await inviteStaff({ scope: admin, invite: { email: uniqueEmail("reset"), name: "Reinicio", role: "OFFICER", consulateId: ids.LAX } });
    await setPasswordWithLink({ token: tokenOf(link.path), password: PASSWORD });
    await db.user.update({ where: { id: staff.id }, data: { lastSignInAt: new Date() } });
    const before = await userRow(staff.id);

    const reset = await issuePasswordReset({ scope: admin, userId: staff.id });
    const after = await userRow(staff.id);
    expect(after.passwordHash).toBeNull();
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    const expiresIn = new Date(reset.expiresAt).getTime() - Date.now();
    expect(expiresIn).toBeGreaterThan(23.9 * HOUR);
    expect(expiresIn).toBeLessThanOrEqual(24 * HOUR);
    expect(await outcomeOf(setPasswordWithLink({ token: tokenOf(reset.path), password: PASSWORD, now: new Date(Date.now() + 25 * HOUR) }))).toBe("not_found:link_invalid");

    await updateStaff({ scope: admin, userId: staff.id, change: { version: await versionOf(admin, staff.id), active: false } });
    expect(await outcomeOf(issuePasswordReset({ scope: admin, userId: staff.id }))).toBe("conflict:disabled");
    expect(await outcomeOf(setPasswordWithLink({ token: tokenOf(reset.path), password: PASSWORD }))).toBe("not_found:link_invalid");
    expect((await auditOf(staff.id)).map((a) => a.action)).toEqual(["user.invited", "user.password_set", "user.password_reset_issued", "user.disabled"]);
  });

  it("an e-mail already taken is a 409 on the e-mail, and nothing is created", async () => {
    const { scope: admin } = await createStaff("ADMIN");
    const email = uniqueEmail("dup");
    await inviteStaff({ scope: admin, invite: { email, name: "Uno", role: "OFFICER", consulateId: ids.LAX } });
    const refusal = await inviteStaff({ scope: admin, invite: { email, name: "Dos", role: "OFFICER", consulateId: ids.LAX } }).catch((e: unknown) => e);
    expect(refusal).toMatchObject({ code: "conflict", message: "email_taken", issues: [{ path: "email" }] });
    expect(await db.user.count({ where: { email } })).toBe(1);
  });
});

describe("[ADMIN] what a supervisor may do: their region's officers and legal aid, nothing else", () => {
  it("lists only their region's officers and legal aid; an administrator lists everyone", async () => {
    const [{ scope: supervisor }, { scope: admin }, { user: lax }, { user: hou }, { user: peer }] = await Promise.all([
      createStaff("SUPERVISOR", { region: "OESTE" }),
      createStaff("ADMIN"),
      createStaff("OFFICER", { consulate: "LAX" }),
      createStaff("OFFICER", { consulate: "HOU" }),
      createStaff("SUPERVISOR", { region: "OESTE" }),
    ]);
    const seen = (await listStaff({ scope: supervisor, filter: all })).map((s) => s.id);
    expect(seen).toContain(lax.id);
    expect(seen).not.toContain(hou.id);
    expect(seen).not.toContain(peer.id);
    expect(seen).not.toContain(admin.userId);
    const everyone = (await listStaff({ scope: admin, filter: all })).map((s) => s.id);
    expect(everyone).toEqual(expect.arrayContaining([lax.id, hou.id, peer.id, admin.userId]));
    expect((await listStaff({ scope: admin, filter: { ...all, q: lax.email.toUpperCase() } })).map((s) => s.id)).toEqual([lax.id]);
    const houOnly = await listStaff({ scope: admin, filter: { ...all, consulate: "HOU", role: "OFFICER" } });
    expect(houOnly.every((s) => s.consulate?.code === "HOU" && s.role === "OFFICER")).toBe(true);
    expect(houOnly.map((s) => s.id)).toContain(hou.id);
  });

  it("invites only officers and legal aid, only in their region; a refusal creates nobody", async () => {
    const { scope: supervisor } = await createStaff("SUPERVISOR", { region: "OESTE" });
    const refused = [
      { role: "OFFICER" as const, consulateId: ids.HOU },
      { role: "ADMIN" as const },
      { role: "SUPERVISOR" as const, regionId: ids.OESTE },
    ];
    for (const placement of refused) {
      const email = uniqueEmail("no");
      expect(await outcomeOf(inviteStaff({ scope: supervisor, invite: { email, name: "No", ...placement } })), placement.role).toBe("forbidden:placement");
      expect(await db.user.count({ where: { email } })).toBe(0);
    }
    const { staff } = await inviteStaff({ scope: supervisor, invite: { email: uniqueEmail("si"), name: "Sí", role: "LEGAL_AID", consulateId: ids.SAN } });
    expect(staff.consulate?.code).toBe("SAN");
  });

  it("cannot touch another region's staff (404) nor make anyone an administrator or supervisor (403), and writes nothing", async () => {
    const [{ scope: supervisor }, { user: hou }, { user: lax }, { scope: admin }] = await Promise.all([
      createStaff("SUPERVISOR", { region: "OESTE" }),
      createStaff("OFFICER", { consulate: "HOU" }),
      createStaff("OFFICER", { consulate: "LAX" }),
      createStaff("ADMIN"),
    ]);
    const houVersion = await versionOf(admin, hou.id);
    expect(await outcomeOf(updateStaff({ scope: supervisor, userId: hou.id, change: { version: houVersion, active: false } }))).toBe(`not_found:No staff member ${hou.id}`);
    expect(await outcomeOf(issuePasswordReset({ scope: supervisor, userId: hou.id }))).toBe(`not_found:No staff member ${hou.id}`);
    const version = await versionOf(supervisor, lax.id);
    for (const change of [{ role: "ADMIN" as const }, { role: "SUPERVISOR" as const, regionId: ids.OESTE }, { consulateId: ids.HOU }]) {
      expect(await outcomeOf(updateStaff({ scope: supervisor, userId: lax.id, change: { version, ...change } }))).toBe("forbidden:placement");
    }
    expect(await userRow(hou.id)).toMatchObject({ active: true, sessionVersion: 0 });
    expect(await userRow(lax.id)).toMatchObject({ role: "OFFICER", consulateId: ids.LAX, sessionVersion: 0 });
    expect(await auditOf(lax.id)).toEqual([]);

    await updateStaff({ scope: supervisor, userId: lax.id, change: { version, role: "LEGAL_AID", consulateId: ids.SAN } });
    expect(await userRow(lax.id)).toMatchObject({ role: "LEGAL_AID", consulateId: ids.SAN, sessionVersion: 1 });
    expect(await auditOf(lax.id)).toEqual([{ action: "user.role_changed", actorUserId: supervisor.userId }]);
  });
});

describe("[ADMIN] changes an administrator makes", () => {
  it("moves, disables and re-enables, each audited, each as of the version read", async () => {
    const [{ scope: admin }, { user }] = await Promise.all([createStaff("ADMIN"), createStaff("OFFICER", { consulate: "LAX" })]);
    const v0 = await versionOf(admin, user.id);
    const moved = await updateStaff({ scope: admin, userId: user.id, change: { version: v0, consulateId: ids.HOU } });
    expect(moved.consulate?.code).toBe("HOU");
    // A second administrator working from the old read is refused, with the row as it is now.
    const stale = await updateStaff({ scope: admin, userId: user.id, change: { version: v0, active: false } }).catch((e: unknown) => e);
    expect(stale).toMatchObject({ code: "conflict", details: { reason: "stale", staff: { id: user.id, version: moved.version } } });
    const disabled = await updateStaff({ scope: admin, userId: user.id, change: { version: moved.version, active: false } });
    expect(disabled.active).toBe(false);
    await updateStaff({ scope: admin, userId: user.id, change: { version: disabled.version, active: true } });
    expect(await userRow(user.id)).toMatchObject({ active: true, consulateId: ids.HOU, sessionVersion: 3 });
    expect((await auditOf(user.id)).map((a) => a.action)).toEqual(["user.moved", "user.disabled", "user.enabled"]);
  });

  it("makes a supervisor of an officer, refuses a role without its place (400 naming it), and nobody changes themself", async () => {
    const [{ scope: admin }, { user }] = await Promise.all([createStaff("ADMIN"), createStaff("OFFICER", { consulate: "LAX" })]);
    const version = await versionOf(admin, user.id);
    const refusal = await updateStaff({ scope: admin, userId: user.id, change: { version, role: "SUPERVISOR" } }).catch((e: unknown) => e);
    expect(refusal).toMatchObject({ code: "invalid_body", issues: [{ path: "regionId" }] });
    await updateStaff({ scope: admin, userId: user.id, change: { version, role: "SUPERVISOR", regionId: ids.OESTE } });
    expect(await userRow(user.id)).toMatchObject({ role: "SUPERVISOR", consulateId: null, regionId: ids.OESTE });
    expect(await outcomeOf(updateStaff({ scope: admin, userId: admin.userId, change: { version: await versionOf(admin, admin.userId), active: false } }))).toBe("forbidden:self");
  });

  it("never disables or demotes the last active administrator", async () => {
    const [{ scope: admin }, { user: other }] = await Promise.all([createStaff("ADMIN"), createStaff("ADMIN")]);
    // Every other active administrator of this database steps aside for the test, and comes back after.
    const aside = await db.user.findMany({ where: { role: "ADMIN", active: true, id: { notIn: [admin.userId, other.id] } }, select: { id: true } });
    await db.user.updateMany({ where: { id: { in: aside.map((a) => a.id) } }, data: { active: false } });
    try {
      const version = await versionOf(admin, other.id);
      await db.user.update({ where: { id: admin.userId }, data: { active: false } });
      expect(await outcomeOf(updateStaff({ scope: admin, userId: other.id, change: { version, active: false } }))).toBe("conflict:last_admin");
      expect(await outcomeOf(updateStaff({ scope: admin, userId: other.id, change: { version, role: "OFFICER", consulateId: ids.LAX } }))).toBe("conflict:last_admin");
      expect(await userRow(other.id)).toMatchObject({ role: "ADMIN", active: true });
      await db.user.update({ where: { id: admin.userId }, data: { active: true } });
      await updateStaff({ scope: admin, userId: other.id, change: { version, active: false } });
      expect((await userRow(other.id)).active).toBe(false);
    } finally {
      await db.user.updateMany({ where: { id: { in: aside.map((a) => a.id) } }, data: { active: true } });
    }
  });
});

describe("[ADMIN] disabling someone throws them out live", () => {
  it("closes their open socket within a second, and their next request has no session (401)", async () => {
    const [{ scope: admin }, { user }] = await Promise.all([createStaff("ADMIN"), createStaff("LEGAL_AID", { consulate: "LAX" })]);
    const cookie = await cookieFor(user.id);
    const socket = await server.connectAs(user.id);
    expect(await scopeFromRequest({ headers: { cookie } } as IncomingMessage)).toMatchObject({ userId: user.id });

    await updateStaff({ scope: admin, userId: user.id, change: { version: await versionOf(admin, user.id), active: false } });
    const started = Date.now();
    await waitFor(() => !socket.connected, 1_000);
    expect(socket.connected).toBe(false);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(await scopeFromRequest({ headers: { cookie } } as IncomingMessage)).toBeNull();
    await expect(server.connect({ cookie })).rejects.toThrow("unauthorized");
  });

  it("a new consulate closes the socket too", async () => {
    const [{ scope: admin }, { user }] = await Promise.all([createStaff("ADMIN"), createStaff("OFFICER", { consulate: "LAX" })]);
    const socket = await server.connectAs(user.id);
    await updateStaff({ scope: admin, userId: user.id, change: { version: await versionOf(admin, user.id), consulateId: ids.SAN } });
    await waitFor(() => !socket.connected, 1_000);
    expect(socket.connected).toBe(false);
  });
});

describe("[ADMIN] dead links from one address", () => {
  it("after 20 dead links the address is refused (429), even with a live link; another address is not", async () => {
    const { scope: admin } = await createStaff("ADMIN");
    const address = `203.0.113.${Math.floor(Math.random() * 250)}-${Date.now()}`;
    for (let i = 0; i < 20; i++) {
      expect(await outcomeOf(setPasswordFromRequest({ token: `${"B".repeat(40)}${String(i).padStart(3, "0")}`, password: PASSWORD, address }))).toBe("not_found:link_invalid");
    }
    const { link } = await inviteStaff({ scope: admin, invite: { email: uniqueEmail("thr"), name: "Limitada", role: "OFFICER", consulateId: ids.LAX } });
    const token = tokenOf(link.path);
    expect(await outcomeOf(setPasswordFromRequest({ token, password: PASSWORD, address }))).toBe("rate_limited:rate_limited");
    expect(await outcomeOf(setPasswordFromRequest({ token, password: PASSWORD, address: `${address}-other` }))).toBe("ok");
  });
});
