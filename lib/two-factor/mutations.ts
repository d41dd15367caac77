// A staff member's own two factors (enrol, new recovery codes, turn off) and
// an administrator's reset. Every change is audited in its transaction; the
// secret is stored sealed (secret-box.ts), the recovery codes only hashed.
import "server-only";
import QRCode from "qrcode";
import { env } from "@/lib/env";
import { recordAudit } from "@/lib/server/audit";
import { db, type Tx } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import type { StaffScope } from "@/lib/server/auth/scope";
import { hashRecoveryCode, newRecoveryCodes } from "@/lib/server/auth/recovery-codes";
import { spendSecondFactor } from "@/lib/server/auth/second-factor";
import { checkTotp, newTotpSecret, totpUri } from "@/lib/server/auth/totp";
import { disconnectUser } from "@/lib/server/realtime/publish";
import { openSecret, sealSecret } from "@/lib/server/secret-box";
import { canResetTwoFactor } from "./policy";
import type { Enrolment, RecoveryCodes } from "./types";

const wrongCode = () => new AppError("invalid_body", "invalid_body", { issues: [{ path: "code", message: "wrong or already used code" }] });

const replaceRecoveryCodes = async (tx: Tx, userId: string) => {
  const codes = newRecoveryCodes();
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({ data: codes.map((code) => ({ userId, codeHash: hashRecoveryCode(code) })) });
  return codes;
};

/**
 * A new secret for the user's app, kept (sealed) until a code from it
 * confirms it; asking again replaces it. Refused once two factors are on:
 * a second phone would need turning them off first, with a code.
 */
export const startEnrolment = async (scope: StaffScope): Promise<Enrolment> => {
  const secret = newTotpSecret();
  await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: scope.userId, totpEnabledAt: null },
      data: { totpSecret: sealSecret(secret), totpLastStep: null },
    });
    if (count === 0) throw new AppError("conflict", "Two factors are already on");
    await recordAudit({ action: "two_factor.enrolment_started", actorUserId: scope.userId, targetType: "user", targetId: scope.userId }, tx);
  });
  const uri = totpUri({ email: scope.email, secret });
  return { secret, uri, qrDataUrl: await QRCode.toDataURL(uri, { margin: 1, width: 220 }) };
};

/** The first code from the app turns two factors on; the recovery codes are shown this once. */
export const confirmEnrolment = async ({ scope, code }: { scope: StaffScope; code: string }): Promise<RecoveryCodes> =>
  db.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: scope.userId }, select: { totpSecret: true, totpEnabledAt: true } });
    if (user.totpEnabledAt) throw new AppError("conflict", "Two factors are already on");
    if (!user.totpSecret) throw new AppError("conflict", "No enrolment begun");
    const check = await checkTotp({ secret: openSecret(user.totpSecret), code });
    if (!check.valid) throw wrongCode();
    // The confirming code counts as used: it cannot also sign in.
    await tx.user.update({ where: { id: scope.userId }, data: { totpEnabledAt: new Date(), totpLastStep: check.timeStep }, select: { id: true } });
    const recoveryCodes = await replaceRecoveryCodes(tx, scope.userId);
    await recordAudit({ action: "two_factor.enabled", actorUserId: scope.userId, targetType: "user", targetId: scope.userId }, tx);
    return { recoveryCodes };
  });

const requireFreshFactor = async (tx: Tx, scope: StaffScope, code: string) => {
  const result = await spendSecondFactor({ userId: scope.userId, code, tx });
  if (!result.ok) throw wrongCode();
};

/** Ten new recovery codes (the old ones stop working), for a fresh code. */
export const regenerateRecoveryCodes = async ({ scope, code }: { scope: StaffScope; code: string }): Promise<RecoveryCodes> =>
  db.$transaction(async (tx) => {
    await requireFreshFactor(tx, scope, code);
    const recoveryCodes = await replaceRecoveryCodes(tx, scope.userId);
    await recordAudit({ action: "two_factor.recovery_codes_replaced", actorUserId: scope.userId, targetType: "user", targetId: scope.userId }, tx);
    return { recoveryCodes };
  });

const CLEARED = { totpSecret: null, totpEnabledAt: null, totpLastStep: null } as const;

/** Turns the user's own two factors off, for a fresh code; not where the deployment requires them. */
export const disableTwoFactor = async ({ scope, code }: { scope: StaffScope; code: string }) => {
  if (env().AMPARO_REQUIRE_2FA) throw new AppError("conflict", "This deployment requires two factors");
  await db.$transaction(async (tx) => {
    await requireFreshFactor(tx, scope, code);
    await tx.user.update({ where: { id: scope.userId }, data: CLEARED, select: { id: true } });
    await tx.recoveryCode.deleteMany({ where: { userId: scope.userId } });
    await recordAudit({ action: "two_factor.disabled", actorUserId: scope.userId, targetType: "user", targetId: scope.userId }, tx);
  });
};

/**
 * An administrator's reset, for someone who lost their phone and codes:
 * secret and codes gone, every session they hold ended and their sockets
 * closed, so they sign in again with the password alone (and enrol again,
 * where required). A user the caller may not administer is not found.
 */
export const resetTwoFactor = async ({ scope, userId }: { scope: StaffScope; userId: string }) => {
  await db.$transaction(async (tx) => {
    const target = await tx.user.findUnique({
      where: { id: userId },
      select: { role: true, regionId: true, totpEnabledAt: true, consulate: { select: { regionId: true } } },
    });
    if (!target || !canResetTwoFactor(scope, { role: target.role, regionId: target.regionId, consulateRegionId: target.consulate?.regionId ?? null })) {
      throw new AppError("not_found", `No user ${userId} to administer`);
    }
    await tx.user.update({ where: { id: userId }, data: { ...CLEARED, sessionVersion: { increment: 1 } }, select: { id: true } });
    await tx.recoveryCode.deleteMany({ where: { userId } });
    await recordAudit(
      { action: "two_factor.reset", actorUserId: scope.userId, targetType: "user", targetId: userId, data: { wasEnabled: target.totpEnabledAt !== null } },
      tx,
    );
  });
  disconnectUser(userId);
};
