// npm run staff: the shell's staff administration, run as an operator would,
// against the test database: exit codes, the one-time link, and the refusals.
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { createStaff, ensureNetwork } from "@/lib/server/testing/fixtures";

const exec = promisify(execFile);

/** One run of the script: its exit code and what it printed. */
const staff = async (...args: string[]) => {
  try {
    const { stdout, stderr } = await exec("npx", ["tsx", "--import", "./scripts/server-only-hook.mjs", "scripts/staff.ts", ...args], {
      env: { ...process.env, NEXTAUTH_URL: "https://amparo.test" },
      timeout: 60_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
};

beforeAll(() => ensureNetwork());

describe("[ADMIN] npm run staff", () => {
  it("creates the first administrator with a one-time link, disables and re-enables them, and says why it refuses", async () => {
    const email = `primera.${randomBytes(4).toString("hex")}@consulado.test`;
    const created = await staff("create-admin", "--email", email, "--name", "Primera Administradora");
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout).toMatch(/https:\/\/amparo\.test\/set-password\/[A-Za-z0-9_-]{43}/);
    expect(await db.user.findUniqueOrThrow({ where: { email }, select: { role: true, passwordHash: true, active: true } })).toEqual({ role: "ADMIN", passwordHash: null, active: true });

    // Alone, the last active administrator is not disabled (the others of this database step aside a moment).
    const aside = await db.user.findMany({ where: { role: "ADMIN", active: true, email: { not: email } }, select: { id: true } });
    await db.user.updateMany({ where: { id: { in: aside.map((a) => a.id) } }, data: { active: false } });
    const refused = await staff("disable", "--email", email).finally(() => db.user.updateMany({ where: { id: { in: aside.map((a) => a.id) } }, data: { active: true } }));
    expect([refused.code, refused.stderr.trim()]).toEqual([1, "Refused: conflict: last_admin"]);
    // With a colleague, they are.
    await createStaff("ADMIN");
    const disabled = await staff("disable", "--email", email);
    expect(disabled.code, disabled.stderr).toBe(0);
    expect((await db.user.findUniqueOrThrow({ where: { email }, select: { active: true } })).active).toBe(false);
    const enabled = await staff("enable", "--email", email);
    expect(enabled.code, enabled.stderr).toBe(0);
    expect(await db.auditLog.findMany({ where: { targetId: (await db.user.findUniqueOrThrow({ where: { email } })).id }, select: { action: true, actorUserId: true }, orderBy: { id: "asc" } })).toEqual([
      { action: "user.invited", actorUserId: null },
      { action: "user.disabled", actorUserId: null },
      { action: "user.enabled", actorUserId: null },
    ]);

    const taken = await staff("create-admin", "--email", email, "--name", "Otra");
    expect(taken.code).toBe(1);
    expect(taken.stderr).toContain("email: already taken");
    const unknown = await staff("reset", "--email", `nadie.${randomBytes(4).toString("hex")}@consulado.test`);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("No staff member with the e-mail");
    const nowhere = await staff("invite", "--email", `sin.lugar.${randomBytes(4).toString("hex")}@consulado.test`, "--name", "Sin Lugar", "--role", "LEGAL_AID", "--consulate", "ZZZ");
    expect(nowhere.code).toBe(1);
    expect(nowhere.stderr).toContain("No consulate with the code ZZZ");
    const usage = await staff("invite", "--email", email);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("usage: npm run staff");
    // Seven runs of tsx, each starting Node and loading the app's modules: slow on a busy machine.
  }, 300_000);
});
