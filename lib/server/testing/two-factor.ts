// Two factors for tests: a user enrolled (or half-way) without going through
// the pages, and the code their app would show now.
import { generateSync } from "otplib";
import { db } from "@/lib/server/db";
import { hashRecoveryCode, newRecoveryCodes } from "@/lib/server/auth/recovery-codes";
import { newTotpSecret } from "@/lib/server/auth/totp";
import { sealSecret } from "@/lib/server/secret-box";

/** The code an authenticator app shows for `secret` at `now` (synchronous: request builders are). */
export const appCode = (secret: string, now = Date.now()) => generateSync({ secret, epoch: Math.floor(now / 1000) });

/** Two factors off, nothing begun. */
export const clearTwoFactor = async (userId: string) => {
  await db.recoveryCode.deleteMany({ where: { userId } });
  await db.user.update({ where: { id: userId }, data: { totpSecret: null, totpEnabledAt: null, totpLastStep: null } });
};

/** An enrolment begun (the secret shown, not yet confirmed). */
export const beginTwoFactor = async (userId: string) => {
  await clearTwoFactor(userId);
  const secret = newTotpSecret();
  await db.user.update({ where: { id: userId }, data: { totpSecret: sealSecret(secret) } });
  return { secret };
};

/** Two factors on, with ten fresh recovery codes. */
export const enrolTwoFactor = async (userId: string) => {
  const { secret } = await beginTwoFactor(userId);
  const recoveryCodes = newRecoveryCodes();
  await db.user.update({ where: { id: userId }, data: { totpEnabledAt: new Date() } });
  await db.recoveryCode.createMany({ data: recoveryCodes.map((code) => ({ userId, codeHash: hashRecoveryCode(code) })) });
  return { secret, recoveryCodes };
};
