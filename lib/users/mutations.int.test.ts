// Changing who a staff member is ends their sessions (lib/server/auth/sessions.int.test.ts
// proves the tokens are refused); here, what the changes accept and record.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { createStaff, ensureNetwork, outcomeOf } from "@/lib/server/testing/fixtures";
import { changeUserRole, disableUser, moveUser } from "./mutations";

const versionOf = async (userId: string) =>
  (await db.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } })).sessionVersion;

beforeAll(() => ensureNetwork());

describe("[ADMIN] changing a staff member", () => {
  it("sets role and place together, audits it, and moves the session version on", async () => {
    const [{ user }, { user: admin }] = await Promise.all([createStaff("OFFICER", { consulate: "LAX" }), createStaff("ADMIN")]);
    const oeste = await db.region.findUniqueOrThrow({ where: { code: "OESTE" } });
    await changeUserRole({ userId: user.id, placement: { role: "SUPERVISOR", regionId: oeste.id }, changedById: admin.id });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { role: true, consulateId: true, regionId: true, sessionVersion: true } })).toEqual({
      role: "SUPERVISOR",
      consulateId: null,
      regionId: oeste.id,
      sessionVersion: 1,
    });
    const [entry] = await db.auditLog.findMany({ where: { targetId: user.id, action: "user.role_changed" } });
    expect(entry).toMatchObject({ actorUserId: admin.id, targetType: "user", data: { from: { role: "OFFICER", consulateId: user.consulateId, regionId: null } } });
  });

  it("refuses a place the role does not use, or one that does not exist, and changes nothing", async () => {
    const { user } = await createStaff("OFFICER", { consulate: "LAX" });
    const oeste = await db.region.findUniqueOrThrow({ where: { code: "OESTE" } });
    expect(await outcomeOf(moveUser({ userId: user.id, to: { regionId: oeste.id } }))).toBe("invalid_body:invalid_body");
    const unknown = "00000000-0000-4000-8000-000000000000";
    const refusal = await moveUser({ userId: user.id, to: { consulateId: unknown } }).catch((error: unknown) => error);
    expect(refusal).toMatchObject({ code: "invalid_body", issues: [{ path: "consulateId", message: "no such consulate" }] });
    expect(await outcomeOf(changeUserRole({ userId: unknown, placement: { role: "ADMIN" } }))).toBe(`not_found:No user ${unknown}`);
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { consulateId: true, sessionVersion: true } })).toEqual({
      consulateId: user.consulateId,
      sessionVersion: 0,
    });
  });

  it("ends nobody's session when the same placement is saved again", async () => {
    const { user } = await createStaff("LEGAL_AID", { consulate: "LAX" });
    await moveUser({ userId: user.id, to: { consulateId: user.consulateId! } });
    await changeUserRole({ userId: user.id, placement: { role: "LEGAL_AID", consulateId: user.consulateId! } });
    expect(await versionOf(user.id)).toBe(0);
    expect(await db.auditLog.count({ where: { targetId: user.id } })).toBe(0);
  });

  it("disabling moves the version on too, once", async () => {
    const { user } = await createStaff("OFFICER", { consulate: "LAX" });
    await disableUser({ userId: user.id });
    expect(await outcomeOf(disableUser({ userId: user.id }))).toBe(`not_found:No active user ${user.id}`);
    expect(await versionOf(user.id)).toBe(1);
  });
});
